package org.eit.core.internal.text;

import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;

/**
 * What a number read from a table says about itself: every way it can fail is an error of its own, and a value
 * read only by a convention (its file shows no decimal mark) or against its column's mark is a warning saying how
 * it was read. Shared by workspace files and knowledge tables.
 */
public final class NumberProblems {
    private NumberProblems() {
    }

    /**
     * Reports {@code reading} of {@code text} at {@code at}.
     *
     * @param byConvention true when the column's mark was not decided by any value of the file
     * @param conventionMark that mark
     * @return whether the value can be used
     */
    public static boolean report(Numbers.Reading reading, String text, boolean byConvention,
                                 Numbers.Mark conventionMark, Location at, String field, Problems problems) {
        switch (reading.status()) {
            case INVALID -> problems.error(CoreMessages.MESSAGES, "number.invalid", at, field, text);
            case NOT_FINITE -> problems.error(CoreMessages.MESSAGES, "number.not-finite", at, field, text);
            case TOO_LARGE -> problems.error(CoreMessages.MESSAGES, "number.too-large", at, field, text,
                    Numbers.plain(Numbers.MAX_MAGNITUDE));
            case SPREADSHEET_ERROR -> problems.error(CoreMessages.MESSAGES, "number.spreadsheet-error", at, field,
                    text);
            case AMBIGUOUS -> {
                if (byConvention) {
                    problems.warning(CoreMessages.MESSAGES, conventionMark == Numbers.Mark.COMMA
                            ? "number.ambiguous-comma" : "number.ambiguous-point", at, field, text, reading.plain());
                }
            }
            case AGAINST_MARK -> problems.warning(CoreMessages.MESSAGES, reading.own() == Numbers.Mark.POINT
                    ? "number.point-among-commas" : "number.comma-among-points", at, field, text, reading.plain());
            case EXACT -> {
                // read one way only
            }
        }
        return reading.usable();
    }
}
