package org.eit.rules.knowledge;

import org.eit.core.api.LocalizedText;

/**
 * A row of {@code pooling-themes.csv}: demands for {@code family} (or below) can be pooled by at least
 * {@code minActors} actors within {@code radiusKm} of each other or in the same zone; with {@code byResource},
 * only demands for the same resource pool together.
 */
public record PoolingThemeRow(String id, String family, LocalizedText label, int minActors, double radiusKm,
                              boolean byResource, String source) {
}
