package org.eit.rules.gains;

/**
 * A row of {@code outlet-routes.csv}: the treatment route a use of a demanded resource stands for, to look up its
 * jobs ({@code jobs.csv}) and its emissions ({@code emission-factors.csv}).
 */
public record OutletRouteRow(String outlet, String route, String source) {
}
