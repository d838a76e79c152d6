package org.eit.rules.compatibility;

/**
 * A row of {@code reaches.csv}: the distance beyond which exchanging {@code family} (and what lies below it) by
 * {@code mode} rarely makes sense.
 */
public record ReachRow(String family, String mode, double maxKm, String source) {
}
