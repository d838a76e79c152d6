package org.eit.rules.compatibility;

/** A row of {@code outlets.csv}: what becomes of {@code family} (and what lies below it) where it is demanded. */
public record OutletRow(String family, String outlet, String source) {
}
