package org.eit.rules.detection;

import java.util.List;
import org.eit.core.geo.GeoPoint;
import org.eit.rules.facts.FlowFact;

/**
 * How far apart the members of a pooling group are: the largest distance between two of them. A region's group can
 * have thousands of members, and measuring every pair took minutes at a million flows; the triangle inequality
 * through their centre rules out the pairs that cannot be the farthest, so only the members at the group's edge
 * are measured against each other. The result is the very number the measure of every pair gives.
 */
final class GroupSpan {
    /** What rounding may cost a bound, in km: a pair is ruled out only when it falls short by more. */
    private static final double SLACK_KM = 1e-6;

    private GroupSpan() {
    }

    /**
     * The largest distance in km between two of {@code members} (as {@link FlowFact#distanceTo}, each pair measured
     * from the earlier in the list), 0 for fewer than two, or infinity when a distance cannot be known.
     */
    static double of(List<? extends FlowFact> members) {
        int n = members.size();
        for (FlowFact member : members) {
            if (member.getLocation() == null) {
                return everyPair(members);
            }
        }
        if (n < 2) {
            return 0;
        }
        double lat = 0;
        double lon = 0;
        for (FlowFact member : members) {
            lat += member.getLocation().latitude();
            lon += member.getLocation().longitude();
        }
        GeoPoint centre = new GeoPoint(lat / n, lon / n);
        double[] fromCentre = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            fromCentre[i] = centre.distanceKm(members.get(i).getLocation());
            order[i] = i;
        }
        // Farthest from the centre first: d(i, j) <= r(i) + r(j), so once that falls short of the span found,
        // so does every pair after it.
        java.util.Arrays.sort(order, (a, b) -> fromCentre[a] != fromCentre[b]
                ? Double.compare(fromCentre[b], fromCentre[a]) : Integer.compare(a, b));
        double span = 0;
        for (int a = 0; a < n; a++) {
            int i = order[a];
            if (2 * fromCentre[i] + SLACK_KM < span) {
                break;
            }
            for (int b = a + 1; b < n; b++) {
                int j = order[b];
                if (fromCentre[i] + fromCentre[j] + SLACK_KM < span) {
                    break;
                }
                double d = members.get(Math.min(i, j)).distanceTo(members.get(Math.max(i, j)));
                span = Math.max(span, d);
            }
        }
        return span;
    }

    /** Every pair measured once: for groups with a member that has no place (then distances go by zone). */
    static double everyPair(List<? extends FlowFact> members) {
        double span = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                double d = members.get(i).distanceTo(members.get(j));
                if (!Double.isFinite(d)) {
                    return Double.POSITIVE_INFINITY;
                }
                span = Math.max(span, d);
            }
        }
        return span;
    }
}
