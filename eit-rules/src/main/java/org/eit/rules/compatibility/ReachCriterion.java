package org.eit.rules.compatibility;

/**
 * A row of {@code reach-criteria.csv}: how far an exchange of {@code family} by {@code mode} pays.
 *
 * @param family    the demanded resource or an ancestor, or {@code *} for any
 * @param mode      pipe, truck, ship or local
 * @param criterion {@code heat-density}, {@code transport-cost} or {@code pipe-cost}
 * @param threshold the least value the criterion must reach
 * @param capKm     the farthest the index searches partners for it
 * @param source    where the criterion comes from
 */
public record ReachCriterion(String family, String mode, String criterion, double threshold, double capKm,
                             String source) {
    public static final String ANY = "*";
}
