package org.eit.core.unit;

/**
 * What a quantity measures. Conversions happen only within one dimension; anything else (tonnes to MWh, kW to
 * kWh without operating hours) is refused with {@link UnitException}.
 */
public enum Dimension {
    /** base unit: tonne */
    MASS("t"),
    /** base unit: cubic metre */
    VOLUME("m3"),
    /** base unit: megawatt-hour */
    ENERGY("MWh"),
    /** base unit: kilowatt (a rate: power has no period) */
    POWER("kW"),
    /** base unit: hour */
    TIME("h"),
    /** base unit: one item (pallets, meals, places, trips, people) */
    COUNT("u"),
    /** base unit: square metre */
    AREA("m2"),
    /** base unit: person-hour of work */
    LABOUR("person-h");

    private final String baseSymbol;

    Dimension(String baseSymbol) {
        this.baseSymbol = baseSymbol;
    }

    public String baseSymbol() {
        return baseSymbol;
    }

    public Unit baseUnit() {
        return Units.require(baseSymbol);
    }
}
