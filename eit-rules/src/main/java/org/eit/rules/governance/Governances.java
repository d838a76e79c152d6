package org.eit.rules.governance;

import java.util.List;
import java.util.Map;
import org.eit.rules.facts.Reason;
import org.kie.api.definition.rule.Rule;

/** What governance rules call to argue for a form of governance. */
public final class Governances {
    static final List<String> FORMS = List.of("public-led", "business-club", "chamber-led", "mixed-committee",
            "association");

    private Governances() {
    }

    /**
     * An argument of {@code weight} for {@code form}; the sentence's values: {@code {share}} (a share in %),
     * {@code {count}}.
     */
    public static GovernanceArgument argue(Rule rule, String form, int weight, Number share, Number count) {
        if (!FORMS.contains(form)) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\": unknown form of governance '" + form
                    + "' (use one of: " + String.join(", ", FORMS) + ")");
        }
        return new GovernanceArgument(form, weight, rule.getName(), Reason.template(rule),
                Map.of("share", share == null ? 0 : share, "count", count == null ? 0 : count));
    }
}
