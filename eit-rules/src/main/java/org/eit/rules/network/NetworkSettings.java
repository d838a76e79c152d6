package org.eit.rules.network;

/**
 * The parameters the network rules read.
 *
 * @param colocatedRadiusKm partners of one zone closer than this are co-located (Chertow type 3): a zone may be a
 *                          business park or a whole commune
 * @param localRadiusKm     partners closer than this are "local" (Chertow type 4) rather than regional (type 5)
 */
public record NetworkSettings(double colocatedRadiusKm, double localRadiusKm) {
}
