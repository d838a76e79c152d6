package org.eit.rules.gains;

/** A row of {@code jobs.csv}: direct jobs (FTE) per unit of waste (kt) a route handles a year. */
public record JobRatioRow(String route, String unit, Range ftePerUnit, int year, String source) {
}
