package org.eit.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An item of the AFOM analysis (atouts, faiblesses, opportunités, menaces: the French SWOT), with the rule that
 * placed it there and what it rests on.
 *
 * @param id        stable: the rule and what it is about
 * @param quadrant  strength, weakness, opportunity or threat
 * @param statement what it says, in French and English
 * @param rule      the rule that made it
 * @param evidence  the indicators (their ids), thresholds ({@code threshold:ID}) and observations
 *                  ({@code observation:ID}) it rests on
 * @param values    the values of those indicators and thresholds, by the same ids
 */
public record AfomItem(String id, Quadrant quadrant, LocalizedText statement, String rule, List<String> evidence,
                       Map<String, Double> values) {
    /** The four quadrants: internal strengths and weaknesses, external opportunities and threats. */
    public enum Quadrant {
        STRENGTH, WEAKNESS, OPPORTUNITY, THREAT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AfomItem {
        Objects.requireNonNull(id, "AfomItem.id");
        Objects.requireNonNull(quadrant, "AfomItem.quadrant");
        Objects.requireNonNull(statement, "AfomItem.statement");
        Objects.requireNonNull(rule, "AfomItem.rule");
        evidence = List.copyOf(evidence);
        values = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
    }
}
