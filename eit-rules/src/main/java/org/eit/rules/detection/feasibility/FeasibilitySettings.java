package org.eit.rules.detection.feasibility;

/**
 * The parameters the rules of feasibility read.
 *
 * @param heatMinPowerKw below this heat power an exchange by pipe between two actors is not worth its exchanger
 *                       and connection ({@code feasibility.heat-min-power-kw})
 */
public record FeasibilitySettings(double heatMinPowerKw) {
    public static final String HEAT_MIN_POWER = "feasibility.heat-min-power-kw";
}
