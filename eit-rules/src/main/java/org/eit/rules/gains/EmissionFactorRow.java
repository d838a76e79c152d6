package org.eit.rules.gains;

/**
 * A row of {@code emission-factors.csv}: kg CO2e per unit of {@code resource} (or what lies below it) going down
 * {@code route} ({@code combustion}, {@code production}, {@code virgin} for the virgin input one unit displaces,
 * or a treatment: {@code landfill}, {@code incineration}, {@code recycling}...).
 */
public record EmissionFactorRow(String resource, String route, String unit, Range kgCo2ePerUnit, int year,
                                String source, String sourceId) {
}
