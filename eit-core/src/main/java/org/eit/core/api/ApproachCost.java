package org.eit.core.api;

import java.util.Objects;

/**
 * What the approach itself costs, so that reports can set the gains against it: the study (its FTE over its
 * months) and the facilitation after it (its FTE over its years), at a yearly cost per FTE, and who funds them.
 *
 * @param studyFte            the study's staffing, in FTE
 * @param studyMonths         its length in months
 * @param studyFunding        who funds it
 * @param facilitationFte     the facilitation's staffing, in FTE
 * @param facilitationYears   its length in years
 * @param facilitationFunding who funds it
 * @param study               the study's cost
 * @param facilitationPerYear the facilitation's cost a year
 * @param total               the study and the whole facilitation
 */
public record ApproachCost(double studyFte, int studyMonths, String studyFunding, double facilitationFte,
                           int facilitationYears, String facilitationFunding, GainFigure study,
                           GainFigure facilitationPerYear, GainFigure total) {
    public ApproachCost {
        Objects.requireNonNull(study, "ApproachCost.study");
        Objects.requireNonNull(facilitationPerYear, "ApproachCost.facilitationPerYear");
        Objects.requireNonNull(total, "ApproachCost.total");
    }
}
