package org.eit.rules.facts;

import org.eit.core.api.LocalizedText;

/**
 * A demand for {@code demanded} can be served by an offer of {@code offered}, and why, as the compatibility rules
 * decided it from the taxonomy and the knowledge tables (see {@code compatibility.drl}).
 *
 * @param demanded         the demanded resource
 * @param offered          the offered resource
 * @param relation         {@code same-resource}, {@code sub-resource} (the offered resource lies below the
 *                         demanded one) or {@code substitution} (a row of {@code substitutions.csv})
 * @param ratio            units of the demanded resource one unit of the offered resource replaces
 * @param unit             the unit the ratio gives: one unit of the offered resource (its default unit) replaces
 *                         {@code ratio} of this unit
 * @param minTemperatureC  lowest temperature of the offered flow for a substitution row, or null
 * @param maxTemperatureC  highest temperature of the offered flow for a substitution row, or null
 * @param hazardousAllowed whether a hazardous offer may serve this demand
 * @param preparation      the preparation typically needed (a substitution row), or null
 * @param preparationOps   the operations of {@code preparation-costs.csv} the preparation names
 * @param source           the reference of the substitution row and where it is written, or null
 * @param reachKm          the fixed reach of the pair (the shorter of both resources' reaches): what applies when
 *                         no criterion can be computed
 * @param mode             the transport mode of the pair: pipe, truck, ship or local
 * @param searchKm         the farthest the index searches partners (the criterion's cap, at least {@code reachKm})
 * @param criterion        what decides how far the pair pays ({@code heat-density}, {@code transport-cost},
 *                         {@code pipe-cost}), or null for the fixed reach only
 * @param threshold        the least value the criterion must reach
 * @param criterionSource  where the criterion comes from, or null
 * @param outlet           what the demanded resource is used for (feed, biogas, spreading...), or null
 */
public record Accepts(String demanded, String offered, String relation, double ratio, String unit,
                      Double minTemperatureC, Double maxTemperatureC, boolean hazardousAllowed,
                      LocalizedText preparation, PreparationOps preparationOps, String source, double reachKm,
                      String mode, double searchKm, String criterion, double threshold, String criterionSource, String outlet) {
    public static final String SAME = "same-resource";
    public static final String SUB_RESOURCE = "sub-resource";
    public static final String SUBSTITUTION = "substitution";

    @Override
    public String toString() {
        return "Accepts[" + demanded + " <- " + offered + " " + relation + " reach " + reachKm + " km]";
    }
}
