package org.eit.rules.gains;

/**
 * A row of {@code pipes.csv}: what laying a metre of pipe for {@code medium} (heat, steam, water, gas) costs, over
 * what life and at what discount rate, and its losses per km (heat). Without a life, the pipe's yearly cost is not
 * known.
 */
public record PipeRow(String medium, Range costPerMetre, Double lifetimeYears, double discountRatePct,
                      double lossPctPerKm, int year, String source) {

    /** The capital recovery factor: the share of the investment to pay each year over the life; null without one. */
    public Double capitalRecoveryFactor() {
        return lifetimeYears == null ? null : capitalRecoveryFactor(lifetimeYears, discountRatePct);
    }

    /** The share of an investment to pay each year over {@code years} at {@code ratePct} %. */
    public static double capitalRecoveryFactor(double years, double ratePct) {
        double r = ratePct / 100;
        return r == 0 ? 1 / years : r / (1 - Math.pow(1 + r, -years));
    }

    /** The yearly cost of {@code metres} of pipe, or null when the pipe's life is not known. */
    public Range yearlyCost(double metres) {
        Double factor = capitalRecoveryFactor();
        return factor == null ? null : costPerMetre.times(metres * factor);
    }
}
