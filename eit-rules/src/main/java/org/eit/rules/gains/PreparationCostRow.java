package org.eit.rules.gains;

import org.eit.core.api.LocalizedText;

/**
 * A row of {@code preparation-costs.csv}: what an operation of preparation (chipping wood, composting, de-packaging...)
 * costs per {@code unit} of the material prepared, with its range, year and source.
 *
 * @param operation the id substitution rows name in {@code preparation_ops}
 * @param label     the operation's name in French and English
 * @param unit      the unit of the material prepared the cost is per ({@code t}, {@code m3}, {@code MWh})
 * @param cost      the cost per unit, excluding VAT
 * @param year      the year of the figure
 * @param source    where it comes from, and how it was derived when it was
 * @param sourceId  the source's identifier, or empty
 */
public record PreparationCostRow(String operation, LocalizedText label, String unit, Range cost, int year,
                                 String source, String sourceId) {
}
