package org.eit.rules.facts;

/**
 * The analysis parameters the rules read.
 *
 * @param localRadiusKm partners closer than this are "local" (Chertow type 4) rather than regional (type 5)
 */
public record Settings(double localRadiusKm) {
}
