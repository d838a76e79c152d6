package org.eit.rules.compatibility;

import org.eit.core.api.LocalizedText;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.PreparationOps;

/**
 * A demanded resource that an offered resource can serve, and why, before distances: the compatibility rules
 * insert one per pair of resources the territory uses, then give it its reach ({@link Accepts}).
 *
 * @param demanded         the demanded resource
 * @param offered          the offered resource
 * @param relation         {@code same-resource}, {@code sub-resource} or {@code substitution}
 * @param ratio            units of the demanded resource one unit of the offered resource replaces
 * @param unit             the unit the ratio gives
 * @param hazardousAllowed whether a hazardous offer may serve the demand
 * @param row              the substitution row, or null
 */
public record Fit(String demanded, String offered, String relation, double ratio, String unit,
                  boolean hazardousAllowed, SubstitutionRow row) {

    /** The same resource: one for one, hazardous when the demand names the hazardous resource itself. */
    public static Fit same(ResourceFact resource) {
        return new Fit(resource.id(), resource.id(), Accepts.SAME, 1, resource.unit(), resource.hazardous(), null);
    }

    /** A resource below the demanded one: one for one, never hazardous. */
    public static Fit subResource(String demanded, ResourceFact offered) {
        return new Fit(demanded, offered.id(), Accepts.SUB_RESOURCE, 1, offered.unit(), false, null);
    }

    /** A row of the substitution table; the ratio gives the unit of the row's demanded resource. */
    public static Fit substitution(String demanded, String offered, SubstitutionRow row, ResourceFact rowDemanded) {
        return new Fit(demanded, offered, Accepts.SUBSTITUTION, row.ratio(), rowDemanded.unit(),
                row.hazardousAllowed(), row);
    }

    /**
     * This fit within {@code reachKm} by {@code mode}, judged by {@code criterion} (or null: the fixed reach
     * only), for a demand put to {@code outlet} (or null).
     */
    public Accepts accepts(double reachKm, String mode, ReachCriterion criterion, String outlet) {
        LocalizedText preparation = row == null ? null : row.preparation();
        double searchKm = criterion == null ? reachKm : Math.max(reachKm, criterion.capKm());
        return new Accepts(demanded, offered, relation, ratio, unit,
                row == null ? null : row.minTemperatureC(), row == null ? null : row.maxTemperatureC(),
                hazardousAllowed, preparation, row == null ? PreparationOps.UNKNOWN : row.preparationOps(),
                row == null ? null : row.citation(), reachKm, mode, searchKm,
                criterion == null ? null : criterion.criterion(), criterion == null ? 0 : criterion.threshold(),
                criterion == null ? null : criterion.source(), outlet);
    }
}
