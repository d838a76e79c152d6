package org.eit.rules.detection;

import org.eit.core.api.LocalizedText;

/**
 * A need actors can share (a row of {@code pooling-themes.csv}): demands for {@code family} or below, by at least
 * {@code minActors} different actors within {@code radiusKm} of each other or in one zone. Pooled quantities are
 * summed in {@code unit}, the family's unit. With {@code byResource}, only demands for the same resource pool
 * together (a forklift with forklifts, not with a crane).
 */
public record PoolingTheme(String id, String family, LocalizedText label, int minActors, double radiusKm,
                           boolean byResource, String unit, String source) {
}
