package org.eit.core.unit;

import java.util.Objects;

/**
 * How much of a resource a flow offers or needs: an amount in a unit, per period. {@code period} is null for
 * stocks and capacities (2 ha of land, a forklift, a 500 kW boiler), which are not per anything.
 */
public record FlowQuantity(double value, Unit unit, Period period) {

    public FlowQuantity {
        Objects.requireNonNull(unit, "FlowQuantity.unit");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("FlowQuantity.value must be a finite number >= 0, was " + value);
        }
        if (period != null && unit.dimension() == Dimension.POWER) {
            throw new UnitException("a power (" + unit.symbol() + ") is already a rate and takes no period");
        }
    }

    public static FlowQuantity perYear(double value, String unitSymbol) {
        return new FlowQuantity(value, Units.require(unitSymbol), Period.YEAR);
    }

    public boolean isRate() {
        return period != null;
    }

    /**
     * The amount over a year in the same unit (12 t/month gives 144 t); a stock or capacity stays as it is.
     */
    public Quantity annual() {
        return new Quantity(period == null ? value : value * period.perYear(), unit);
    }

    /** The yearly amount in {@code target} (same dimension). */
    public double annualIn(Unit target) {
        return annual().in(target);
    }

    @Override
    public String toString() {
        return value + " " + unit.symbol() + (period == null ? "" : "/" + period.symbol());
    }
}
