package org.eit.rules.knowledge;

/**
 * A row of {@code reaches.csv}: the distance beyond which exchanging {@code family} (and what lies below it) by
 * {@code mode} rarely makes sense.
 */
public record Reach(String family, String mode, double maxKm, String source) {
}
