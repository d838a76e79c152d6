package org.eit.core.unit;

import java.util.Objects;

/** An amount in a unit. Conversions stay within the unit's {@link Dimension}. */
public record Quantity(double value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "Quantity.unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Quantity.value must be a finite number, was " + value);
        }
    }

    public static Quantity of(double value, String unitSymbol) {
        return new Quantity(value, Units.require(unitSymbol));
    }

    public Dimension dimension() {
        return unit.dimension();
    }

    /** This quantity in {@code target}; refuses a target of another dimension. */
    public Quantity to(Unit target) {
        return new Quantity(unit.convert(value, target), target);
    }

    public double in(Unit target) {
        return unit.convert(value, target);
    }

    /**
     * The energy of a power held for {@code hours}: the one cross-dimension conversion that has a meaning, and only
     * with the operating hours said explicitly.
     */
    public Quantity energyOver(double hours) {
        if (unit.dimension() != Dimension.POWER) {
            throw new UnitException("only a power converts to energy over hours, not " + unit.symbol());
        }
        return new Quantity(in(Units.require("kW")) * hours / 1000.0, Units.require("MWh"));
    }

    @Override
    public String toString() {
        return value + " " + unit.symbol();
    }
}
