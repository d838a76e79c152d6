package org.eit.rules.gains;

/**
 * A row of {@code prices.csv}: what a resource (or a family: the most specific row wins) costs a buyer as an input,
 * and what its holder pays to have it taken away as waste (negative when it is sold), per unit.
 *
 * @param resource the resource or family
 * @param unit     the unit the prices are per
 * @param price    the purchase price, or null
 * @param disposal the disposal cost (a gate fee), or null
 * @param year     the year of the prices
 * @param source   where they come from
 * @param sourceId the source's identifier, or empty
 */
public record PriceRow(String resource, String unit, Range price, Range disposal, int year, String source,
                       String sourceId) {
}
