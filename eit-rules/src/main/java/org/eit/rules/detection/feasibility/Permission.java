package org.eit.rules.detection.feasibility;

import java.util.List;
import org.eit.core.api.LocalizedText;
import org.eit.rules.knowledge.RowReader;

/**
 * What a row of a feasibility table says of an exchange: allowed, allowed on a condition (stated in both
 * languages), or refused; and the text it applies.
 *
 * @param verdict   {@code allowed}, {@code conditional} or {@code refused}
 * @param condition what must be done or checked, or null
 * @param source    the regulation's article or the reference
 */
public record Permission(String verdict, LocalizedText condition, String source) {
    public static final String ALLOWED = "allowed";
    public static final String CONDITIONAL = "conditional";
    public static final String REFUSED = "refused";
    static final List<String> VERDICTS = List.of(ALLOWED, CONDITIONAL, REFUSED);
    /** The columns every feasibility table ends with. */
    static final List<String> COLUMNS = List.of("verdict", "condition_fr", "condition_en", "source");

    public boolean isRefused() {
        return REFUSED.equals(verdict);
    }

    public boolean isConditional() {
        return CONDITIONAL.equals(verdict);
    }

    /** The verdict and its condition, which a conditional row must state. */
    static Permission read(RowReader row) {
        String verdict = row.text("verdict");
        if (verdict != null && !VERDICTS.contains(verdict)) {
            row.error("knowledge.bad-verdict", "verdict", String.join(", ", VERDICTS));
        }
        LocalizedText condition = null;
        if (CONDITIONAL.equals(verdict)) {
            condition = row.texts("condition");
        }
        String source = row.text("source");
        return new Permission(verdict, condition, source);
    }
}
