package org.eit.rules.gains;

import org.eit.rules.knowledge.RowReader;

/** What the gains tables share: ranges of values and years. */
final class Tables {
    private Tables() {
    }

    /** The central value and its bounds, or null when the central value is not given. */
    static Range range(RowReader row, String central, String low, String high) {
        Double value = row.optionalNumber(central);
        Double min = row.optionalNumber(low);
        Double max = row.optionalNumber(high);
        if (value == null) {
            if (min != null || max != null) {
                row.error("knowledge.bound-without-value", central);
            }
            return null;
        }
        double lowest = min == null ? value : min;
        double highest = max == null ? value : max;
        if (!(lowest <= value && value <= highest)) {
            row.error("knowledge.bad-range", central, lowest, highest);
            return null;
        }
        return Range.of(value, min, max);
    }

    /** A required unit {@code Units} knows, by its symbol; null (and an error) otherwise. */
    static String unit(RowReader row, String column) {
        String unit = row.text(column);
        if (unit != null && org.eit.core.unit.Units.find(unit).isEmpty()) {
            row.error("knowledge.unknown-unit", column);
            return null;
        }
        return unit == null ? null : org.eit.core.unit.Units.find(unit).orElseThrow().symbol();
    }

    static int year(RowReader row) {
        Double year = row.optionalNumber("year");
        if (year == null || year < 1900 || year > 2100 || year != Math.rint(year)) {
            row.error("knowledge.bad-year", "year");
            return 0;
        }
        return year.intValue();
    }
}
