package org.eit.rules.governance;

import java.util.Map;
import org.eit.core.api.LocalizedText;

/**
 * A governance rule's argument for one form: the form with the most weight is recommended, with its arguments as
 * reasons.
 *
 * @param form     {@code public-led}, {@code business-club}, {@code chamber-led}, {@code mixed-committee},
 *                 {@code association}
 * @param weight   how much it counts (1 an indication, 3 a strong reason)
 * @param rule     the rule's name
 * @param template its sentence
 * @param vars     the sentence's values
 */
public record GovernanceArgument(String form, int weight, String rule, LocalizedText template,
                                 Map<String, Object> vars) {
    public GovernanceArgument {
        vars = Map.copyOf(vars);
    }
}
