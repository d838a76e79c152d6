package org.eit.rules.facts;

import org.eit.core.api.LocalizedText;

/**
 * A demand for {@code demanded} can be served by an offer of {@code offered}, and why: the same resource, a
 * resource below it in the taxonomy ({@code sub-resource}), or a row of the substitution table. Computed once per
 * analysis from the taxonomy and the knowledge tables, for the resources the territory's flows use.
 */
public final class Accepts {
    public static final String SAME = "same-resource";
    public static final String SUB_RESOURCE = "sub-resource";
    public static final String SUBSTITUTION = "substitution";

    private final String demanded;
    private final String offered;
    private final String relation;
    private final double ratio;
    private final String unit;
    private final Double minTemperatureC;
    private final Double maxTemperatureC;
    private final boolean hazardousAllowed;
    private final LocalizedText preparation;
    private final String source;
    private final double reachKm;
    private final String mode;
    private final int level;

    public Accepts(String demanded, String offered, String relation, double ratio, String unit,
                   Double minTemperatureC,
                   Double maxTemperatureC, boolean hazardousAllowed, LocalizedText preparation, String source,
                   double reachKm, String mode, int level) {
        this.demanded = demanded;
        this.offered = offered;
        this.relation = relation;
        this.ratio = ratio;
        this.unit = unit;
        this.minTemperatureC = minTemperatureC;
        this.maxTemperatureC = maxTemperatureC;
        this.hazardousAllowed = hazardousAllowed;
        this.preparation = preparation;
        this.source = source;
        this.reachKm = reachKm;
        this.mode = mode;
        this.level = level;
    }

    public String getDemanded() {
        return demanded;
    }

    public String getOffered() {
        return offered;
    }

    /** {@code same-resource}, {@code sub-resource} or {@code substitution}. */
    public String getRelation() {
        return relation;
    }

    /** Units of the demanded resource one unit of the offered resource replaces (1 unless a table row says). */
    public double getRatio() {
        return ratio;
    }

    /**
     * The unit of what the ratio gives: one unit of the offered resource (in its default unit) replaces
     * {@code ratio} of this unit (the default unit of the substitution row's demanded resource).
     */
    public String getUnit() {
        return unit;
    }

    public Double getMinTemperatureC() {
        return minTemperatureC;
    }

    public Double getMaxTemperatureC() {
        return maxTemperatureC;
    }

    /** Whether a hazardous offer may serve this demand. */
    public boolean isHazardousAllowed() {
        return hazardousAllowed;
    }

    /** The preparation typically needed, or null. */
    public LocalizedText getPreparation() {
        return preparation;
    }

    /** Where the knowledge comes from (the substitution row's source), or null. */
    public String getSource() {
        return source;
    }

    /** Beyond this distance (km) the exchange rarely makes sense for the offered resource. */
    public double getReachKm() {
        return reachKm;
    }

    /** The transport mode that gives the reach: pipe, truck, ship or local. */
    public String getMode() {
        return mode;
    }

    /** The grid level of the reach (see {@link Demand#neighbourhood(int)}). */
    public int getLevel() {
        return level;
    }

    /** True when the offered flow's temperature fits this substitution's bounds, or when either is unknown. */
    public boolean acceptsTemperature(Double temperatureC) {
        if (temperatureC == null) {
            return true;
        }
        return (minTemperatureC == null || temperatureC >= minTemperatureC)
                && (maxTemperatureC == null || temperatureC <= maxTemperatureC);
    }

    @Override
    public String toString() {
        return "Accepts[" + demanded + " <- " + offered + " " + relation + " reach " + reachKm + " km]";
    }
}
