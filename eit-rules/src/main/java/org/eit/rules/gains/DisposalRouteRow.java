package org.eit.rules.gains;

/** A row of {@code disposal-routes.csv}: what a tonne costs down a route: the gate fee and the tax of the year. */
public record DisposalRouteRow(String route, String unit, Range gateFee, Range tax, int year, String source) {
    /** The gate fee and the tax. */
    public Range cost() {
        return tax == null ? gateFee : gateFee.plus(tax);
    }
}
