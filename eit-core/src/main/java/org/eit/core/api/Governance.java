package org.eit.core.api;

import java.util.List;
import java.util.Objects;

/**
 * The form of governance recommended for the approach, from the territory's profile, with the reasons.
 *
 * @param form           {@code public-led} (the PETR or the intercommunality), {@code business-club},
 *                       {@code chamber-led}, {@code mixed-committee}, {@code association}
 * @param recommendation what is recommended, in French and English
 * @param reasons        why, each a rule's sentence
 * @param partners       the technical partners the approach needs, from what the diagnostic found
 * @param rule           the rule that recommended it
 */
public record Governance(String form, LocalizedText recommendation, List<Justification> reasons,
                         List<TechnicalPartner> partners, String rule) {
    public Governance {
        Objects.requireNonNull(form, "Governance.form");
        Objects.requireNonNull(recommendation, "Governance.recommendation");
        reasons = List.copyOf(reasons);
        partners = List.copyOf(partners);
    }
}
