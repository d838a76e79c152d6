package org.eit.rules.afom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eit.core.api.AfomItem.Quadrant;
import org.eit.core.api.Indicator;
import org.eit.rules.facts.ObservationFact;
import org.eit.rules.facts.Reason;
import org.kie.api.definition.rule.Rule;

/**
 * What AFOM rules call to place an item in a quadrant. The evidence is the facts the rule matched: an
 * {@link Indicator} fills {@code {value}} and {@code {unit}} (a second one {@code {other}}), a {@link Threshold}
 * {@code {threshold}}, its zone or actor {@code {subject}}, an {@link ObservationFact} {@code {observation}} and {@code {actor}}, a number {@code {count}}.
 */
public final class Afom {
    private Afom() {
    }

    /**
     * An item of {@code quadrant} ({@code strength}, {@code weakness}, {@code opportunity}, {@code threat}); its id
     * is the rule's name and {@code about}, so that one rule may place several items (one per observation).
     */
    public static AfomFinding item(Rule rule, String quadrant, String about, Object... evidence) {
        Quadrant q = Quadrant.valueOf(quadrant.trim().toUpperCase(Locale.ROOT));
        Map<String, Object> vars = new HashMap<>();
        List<String> ids = new ArrayList<>();
        Map<String, Double> values = new TreeMap<>();
        for (Object e : evidence) {
            if (e instanceof Indicator i) {
                // Large figures are said to three significant digits ("1 170 000 EUR/an"), as a person would.
                Double said = i.value() == null || Math.abs(i.value()) < 1000 ? i.value()
                        : org.eit.rules.explain.Amount.rounded(i.value());
                vars.putIfAbsent(vars.containsKey("value") ? "other" : "value", said);
                vars.putIfAbsent("unit", new org.eit.core.api.LocalizedText(i.unit().replace("/yr", "/an"),
                        i.unit()));
                if (i.subject() != null) {
                    vars.putIfAbsent("subject", i.subject());
                }
                ids.add(i.id());
                if (i.value() != null) {
                    values.put(i.id(), i.value());
                }
            } else if (e instanceof Threshold t) {
                vars.putIfAbsent("threshold", t.value());
                ids.add("threshold:" + t.id());
                values.put("threshold:" + t.id(), t.value());
            } else if (e instanceof ObservationFact o) {
                vars.putIfAbsent("observation", o.text());
                if (o.actorName() != null) {
                    vars.putIfAbsent("actor", o.actorName());
                }
                ids.add("observation:" + o.id());
            } else if (e instanceof Number n) {
                vars.putIfAbsent("count", n);
            } else if (e instanceof String s) {
                vars.putIfAbsent("actor", s);
            }
        }
        vars.values().removeIf(java.util.Objects::isNull);
        return new AfomFinding(rule.getName() + (about == null || about.isEmpty() ? "" : ": " + about), q,
                rule.getName(), Reason.template(rule), vars, ids, values);
    }

    /** The indicator's value, or 0 when it has none: rules compare values without a null check. */
    public static double value(Indicator indicator) {
        return indicator.value() == null ? 0 : indicator.value();
    }
}
