package org.eit.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An item of the AFOM analysis (atouts, faiblesses, opportunités, menaces: the French SWOT), with the rule that
 * placed it there and what it rests on.
 *
 * @param id        stable: the rule and what it is about
 * @param quadrant  strength, weakness, opportunity or threat
 * @param statement what it says, in French and English
 * @param rule      the rule that made it
 * @param evidence  the indicators (their ids) and observations (their ids) it rests on
 */
public record AfomItem(String id, Quadrant quadrant, LocalizedText statement, String rule, List<String> evidence) {
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
    }
}
