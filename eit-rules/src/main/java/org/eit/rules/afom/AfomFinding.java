package org.eit.rules.afom;

import java.util.List;
import java.util.Map;
import org.eit.core.api.AfomItem.Quadrant;
import org.eit.core.api.LocalizedText;

/**
 * An AFOM item as a rule made it, before its sentence is written out.
 *
 * @param id       the rule and what it is about
 * @param quadrant strength, weakness, opportunity or threat
 * @param rule     the rule's name
 * @param template the rule's {@code @fr}/{@code @en} sentence
 * @param vars     the sentence's values
 * @param evidence the indicators, thresholds and observations it rests on (their ids)
 * @param values   the indicators' and thresholds' values, by id
 */
public record AfomFinding(String id, Quadrant quadrant, String rule, LocalizedText template, Map<String, Object> vars,
                          List<String> evidence, Map<String, Double> values) {
    public AfomFinding {
        vars = Map.copyOf(vars);
        evidence = List.copyOf(evidence);
        values = Map.copyOf(values);
    }
}
