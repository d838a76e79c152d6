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
        if (lifetimeYears == null) {
            return null;
        }
        double r = discountRatePct / 100;
        if (r == 0) {
            return 1 / lifetimeYears;
        }
        return r / (1 - Math.pow(1 + r, -lifetimeYears));
    }

    /** The yearly cost of {@code metres} of pipe, or null when the pipe's life is not known. */
    public Range yearlyCost(double metres) {
        Double factor = capitalRecoveryFactor();
        return factor == null ? null : costPerMetre.times(metres * factor);
    }
}
