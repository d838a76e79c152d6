package org.eit.rules.gains;

/** A row of {@code pooling-savings.csv}: what pooling saves, in % of what members paid apart, for a theme. */
public record PoolingSavingRow(String theme, Range savingPct, int year, String source) {
}
