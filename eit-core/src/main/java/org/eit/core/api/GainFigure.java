package org.eit.core.api;

import java.util.List;
import java.util.Objects;

/**
 * One gain of a synergy or of the territory, never one falsely precise figure: a low, central and high value from
 * the factors' ranges and the data's confidence, with its unit, the formula that produced it and the rows it used.
 * Costs are negative ({@code transport}), savings positive; numbers are kept whole for the trace and rounded only
 * for display.
 *
 * @param name    a stable name: {@code avoided-purchase}, {@code avoided-disposal}, {@code transport},
 *                {@code preparation}, {@code transaction}, {@code pooling-saving}, {@code net}; {@code diverted},
 *                {@code virgin-saved}, {@code water-saved}, {@code energy-saved}, {@code ghg-avoided}; {@code jobs},
 *                {@code actors}
 * @param label   what it is, in French and English
 * @param low     the low value
 * @param central the central value
 * @param high    the high value
 * @param unit    its unit ({@code EUR/yr}, {@code t/yr}, {@code t CO2e/yr}, {@code FTE}...)
 * @param formula how it was computed, with its inputs, readable by a person
 * @param factors the table rows, parameters and declarations it used
 */
public record GainFigure(String name, LocalizedText label, double low, double central, double high, String unit,
                         String formula, List<FactorUse> factors) {
    public GainFigure {
        Objects.requireNonNull(name, "GainFigure.name");
        Objects.requireNonNull(unit, "GainFigure.unit");
        factors = List.copyOf(factors);
        if (!(low <= central && central <= high)) {
            throw new IllegalArgumentException("GainFigure " + name + ": low <= central <= high, was " + low + ", "
                    + central + ", " + high);
        }
    }
}
