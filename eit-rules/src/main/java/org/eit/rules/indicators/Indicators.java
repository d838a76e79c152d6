package org.eit.rules.indicators;

import org.eit.core.api.Indicator;
import org.eit.rules.facts.Reason;
import org.kie.api.definition.rule.Rule;

/** What indicator rules call to record an indicator: its label is the rule's {@code @fr}/{@code @en} sentence. */
public final class Indicators {
    private Indicators() {
    }

    /**
     * An indicator of id {@code id}; one of the same id computed by the engine is replaced by it.
     *
     * @param value its value, or null when it cannot be computed
     * @param unit  {@code %}, {@code t/yr}, {@code actors}...
     * @param basis how it was computed, for a person
     */
    public static RuleIndicator indicator(Rule rule, String id, Double value, String unit, String basis) {
        return indicator(rule, id, value, unit, null, basis);
    }

    /** An indicator about {@code subject}: the zone or actor it names ({@code {subject}} in AFOM sentences). */
    public static RuleIndicator indicator(Rule rule, String id, Double value, String unit, String subject,
                                          String basis) {
        return new RuleIndicator(new Indicator(id, Reason.template(rule), value == null || value.isNaN() ? null
                : value, unit, subject, basis, rule.getName()), rule.getPackageName().startsWith("org.eit.rules."));
    }

    /** {@code part} in % of {@code whole}, or null when {@code whole} is 0. */
    public static Double share(Number part, Number whole) {
        return whole.doubleValue() == 0 ? null : 100.0 * part.doubleValue() / whole.doubleValue();
    }
}
