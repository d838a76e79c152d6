package org.eit.rules.gains;

/** The parameters of the approach's own cost, with the seed's defaults (the PETR's study and facilitation). */
public final class ApproachParameters {
    public static final String STUDY_FTE = "approach.study-fte";
    public static final String STUDY_MONTHS = "approach.study-months";
    public static final String STUDY_FUNDING = "approach.study-funding";
    public static final String FACILITATION_FTE = "approach.facilitation-fte";
    public static final String FACILITATION_YEARS = "approach.facilitation-years";
    public static final String FACILITATION_FUNDING = "approach.facilitation-funding";
    public static final String FTE_COST = "approach.fte-cost-eur";

    private ApproachParameters() {
    }
}
