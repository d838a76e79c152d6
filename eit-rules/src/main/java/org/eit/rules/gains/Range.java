package org.eit.rules.gains;

/**
 * A figure with its range: the low, central and high values a source gives (central alone when it gives one).
 * Never one falsely precise figure: every gain is computed on the three.
 */
public record Range(double low, double central, double high) {
    public Range {
        if (!(low <= central && central <= high)) {
            throw new IllegalArgumentException("Range: low <= central <= high, was " + low + ", " + central + ", "
                    + high);
        }
    }

    public static Range of(double value) {
        return new Range(value, value, value);
    }

    /** {@code low}, {@code central} and {@code high} from a table row, the bounds defaulting to the central value. */
    public static Range of(double central, Double low, Double high) {
        return new Range(low == null ? central : low, central, high == null ? central : high);
    }

    public Range times(double factor) {
        return factor >= 0 ? new Range(low * factor, central * factor, high * factor)
                : new Range(high * factor, central * factor, low * factor);
    }

    /** The product of two ranges: the least and the most of the four products of their bounds. */
    public Range times(Range other) {
        double a = low * other.low;
        double b = low * other.high;
        double c = high * other.low;
        double d = high * other.high;
        return new Range(Math.min(Math.min(a, b), Math.min(c, d)), central * other.central,
                Math.max(Math.max(a, b), Math.max(c, d)));
    }

    /** The range with its bounds raised to {@code floor} where below it (a quantity is never negative). */
    public Range atLeast(double floor) {
        return new Range(Math.max(floor, low), Math.max(floor, central), Math.max(floor, high));
    }

    /** The opposite range: a saving made a cost. */
    public Range negated() {
        return new Range(-high, -central, -low);
    }

    public Range plus(Range other) {
        return new Range(low + other.low, central + other.central, high + other.high);
    }

    public Range minus(Range other) {
        return new Range(low - other.high, central - other.central, high - other.low);
    }

    /** The range widened by {@code fraction} of the central value on each side (uncertain data). */
    public Range widened(double fraction) {
        double spread = Math.abs(central) * fraction;
        return new Range(low - spread, central, high + spread);
    }
}
