package org.eit.rules.detection;

import org.eit.core.api.LocalizedText;
import org.eit.core.model.ActorKind;

/**
 * A need actors can share (a row of {@code pooling-themes.csv}): demands for {@code family} or below, by at least
 * {@code minActors} different actors within {@code radiusKm} of each other or in one zone. Pooled quantities are
 * summed in {@code unit}, the family's unit. With {@code byResource}, only demands for the same resource pool
 * together (a forklift with forklifts, not with a crane). {@code buyers} says who may join: {@code public},
 * {@code private} or {@code any}. {@code condition}, when given, is what the pooling requires (compatible effluents,
 * one permit holder...): each group's synergy carries it.
 */
public record PoolingTheme(String id, String family, LocalizedText label, int minActors, double radiusKm,
                           boolean byResource, String buyers, LocalizedText condition, String unit,
                           String source) {
    public static final String ANY = "any";
    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";

    /**
     * Whether an actor of {@code kind} may join: public buyers (public bodies, utilities, chambers and other public
     * establishments) buy under public procurement rules, in purchasing groups of their own.
     */
    public boolean admits(ActorKind kind) {
        return switch (buyers) {
            case PUBLIC -> isPublic(kind);
            case PRIVATE -> !isPublic(kind);
            default -> true;
        };
    }

    /** Whether two themes can never share a member. */
    public boolean buyersDisjoint(PoolingTheme other) {
        return !buyers.equals(ANY) && !other.buyers.equals(ANY) && !buyers.equals(other.buyers);
    }

    private static boolean isPublic(ActorKind kind) {
        return kind == ActorKind.PUBLIC_BODY || kind == ActorKind.UTILITY || kind == ActorKind.PARTNER;
    }
}
