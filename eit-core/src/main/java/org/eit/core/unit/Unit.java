package org.eit.core.unit;

import java.util.List;
import java.util.Objects;

/**
 * A unit of measure: its symbol, dimension and factor to the dimension's base unit, with the names people write
 * for it in French and English ({@code aliases}).
 *
 * @param symbol  canonical symbol, as printed in reports ({@code t}, {@code MWh}, {@code m3})
 * @param dimension what it measures
 * @param toBase  how many base units one of this unit is (kg: 0.001 t)
 * @param aliases other spellings accepted on input
 * @param source  where the factor comes from, when it is a convention rather than a definition
 */
public record Unit(String symbol, Dimension dimension, double toBase, List<String> aliases, String source) {

    public Unit {
        Objects.requireNonNull(symbol, "Unit.symbol");
        Objects.requireNonNull(dimension, "Unit.dimension");
        if (!(toBase > 0) || Double.isInfinite(toBase)) {
            throw new IllegalArgumentException("Unit.toBase must be positive and finite, was " + toBase);
        }
        aliases = List.copyOf(aliases);
        source = source == null ? "" : source;
    }

    /** Converts {@code value} of this unit into {@code target}; both must measure the same dimension. */
    public double convert(double value, Unit target) {
        if (target.dimension != dimension) {
            throw new UnitException("cannot convert " + symbol + " (" + dimension.name().toLowerCase()
                    + ") to " + target.symbol + " (" + target.dimension.name().toLowerCase() + ")");
        }
        if (target.equals(this)) {
            return value;
        }
        return value * toBase / target.toBase;
    }

    public boolean isCompatibleWith(Unit other) {
        return other.dimension == dimension;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
