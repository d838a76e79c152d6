package org.eit.rules.detection.feasibility;

/**
 * A row of {@code feed-rules.csv}: whether material of {@code resource} (or below it) from animals of
 * {@code origin} may feed animals of {@code fed} (species groups of {@code species.csv}, or {@code *} for any).
 */
public record FeedRule(String resource, String origin, String fed, Permission permission) {
    public static final String ANY = "*";

    /** How specific the row is: the resource's depth counts first, then a named origin, then a named species fed. */
    int specificity(int resourceDepth) {
        return resourceDepth * 4 + (origin.equals(ANY) ? 0 : 2) + (fed.equals(ANY) ? 0 : 1);
    }
}
