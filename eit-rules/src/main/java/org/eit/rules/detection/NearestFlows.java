package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.geo.GeoPoint;
import org.eit.rules.facts.FlowFact;

/**
 * Finds the nearest flows of a resource around a point, for the candidate index: flows are bucketed per resource
 * into square cells sized so that a cell holds about one flow, and a search walks rings of cells outwards until it
 * has its {@code k} nearest and no nearer one can remain, or until the search radius. Distances are great-circle;
 * cells are laid on an equirectangular projection around the territory's mean latitude, and ring bounds keep a
 * margin for its error. Flows without coordinates meet the flows of their zone, at distance 0.
 */
final class NearestFlows<T extends FlowFact> {
    private static final double KM_PER_DEGREE = 111.195;
    /** Ring bounds are shrunk by this share: the projection's error across a region stays well below it. */
    private static final double MARGIN = 0.95;

    /**
     * What a search found: the nearest, in order, and the others within the radius (up to the count limit; more lay
     * beyond when {@code beyondAtLeast}).
     */
    record Found<T>(List<T> nearest, List<Double> distances, List<T> beyond, boolean beyondAtLeast) {
    }

    private final double cosLatitude;
    private final Map<String, Bucket<T>> buckets = new HashMap<>();

    NearestFlows(List<T> flows, double meanLatitude) {
        this.cosLatitude = Math.cos(Math.toRadians(meanLatitude));
        Map<String, List<T>> byResource = new HashMap<>();
        for (T flow : flows) {
            byResource.computeIfAbsent(flow.getResource(), r -> new ArrayList<>()).add(flow);
        }
        byResource.forEach((resource, list) -> buckets.put(resource, new Bucket<>(list, this)));
    }

    double x(GeoPoint p) {
        return p.longitude() * KM_PER_DEGREE * cosLatitude;
    }

    double y(GeoPoint p) {
        return p.latitude() * KM_PER_DEGREE;
    }

    /**
     * The {@code k} flows of {@code resource} nearest to {@code from} within {@code maxKm} (and the flows of
     * {@code from}'s own actor, always), and how many more lie within {@code maxKm}, counted up to
     * {@code countLimit}.
     */
    Found<T> nearest(FlowFact from, String resource, int k, double maxKm, int countLimit) {
        Bucket<T> bucket = buckets.get(resource);
        if (bucket == null) {
            return new Found<>(List.of(), List.of(), List.of(), false);
        }
        return bucket.nearest(from, k, maxKm, countLimit);
    }

    private static final class Bucket<T extends FlowFact> {
        private final NearestFlows<T> owner;
        private final double cell;
        /** Each cell's flows, as their places in {@link #placed}. */
        private final Map<Long, int[]> cells = new HashMap<>();
        private final Map<String, List<T>> unplacedByZone = new HashMap<>();
        private final Map<String, List<T>> byActor = new HashMap<>();
        private final List<T> placed = new ArrayList<>();
        // Per placed flow, what a great-circle distance needs: degrees, the latitude in radians and its cosine.
        private double[] latitudes;
        private double[] longitudes;
        private double[] phis;
        private double[] cosPhis;
        private long minCx = Long.MAX_VALUE;
        private long maxCx = Long.MIN_VALUE;
        private long minCy = Long.MAX_VALUE;
        private long maxCy = Long.MIN_VALUE;

        Bucket(List<T> flows, NearestFlows<T> owner) {
            this.owner = owner;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (T flow : flows) {
                byActor.computeIfAbsent(flow.getActor(), a -> new ArrayList<>()).add(flow);
                if (flow.getLocation() == null) {
                    if (flow.getZone() != null) {
                        unplacedByZone.computeIfAbsent(flow.getZone(), z -> new ArrayList<>()).add(flow);
                    }
                    continue;
                }
                placed.add(flow);
                double x = owner.x(flow.getLocation());
                double y = owner.y(flow.getLocation());
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            double area = placed.isEmpty() ? 1 : Math.max(1, (maxX - minX) * (maxY - minY));
            // About one flow per cell; never finer than 250 m nor coarser than 50 km.
            this.cell = Math.min(50, Math.max(0.25, Math.sqrt(area / Math.max(1, placed.size()))));
            latitudes = new double[placed.size()];
            longitudes = new double[placed.size()];
            phis = new double[placed.size()];
            cosPhis = new double[placed.size()];
            Map<Long, List<Integer>> byCell = new HashMap<>();
            for (int i = 0; i < placed.size(); i++) {
                GeoPoint location = placed.get(i).getLocation();
                latitudes[i] = location.latitude();
                longitudes[i] = location.longitude();
                phis[i] = Math.toRadians(location.latitude());
                cosPhis[i] = Math.cos(phis[i]);
                long x = cx(location);
                long y = cy(location);
                byCell.computeIfAbsent(key(x, y), c -> new ArrayList<>()).add(i);
                minCx = Math.min(minCx, x);
                maxCx = Math.max(maxCx, x);
                minCy = Math.min(minCy, y);
                maxCy = Math.max(maxCy, y);
            }
            byCell.forEach((key, list) -> cells.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        private long cx(GeoPoint p) {
            return (long) Math.floor(owner.x(p) / cell);
        }

        private long cy(GeoPoint p) {
            return (long) Math.floor(owner.y(p) / cell);
        }

        private static long key(long x, long y) {
            return (x << 32) ^ (y & 0xffffffffL);
        }

        Found<T> nearest(FlowFact from, int k, double maxKm, int countLimit) {
            Hits<T> hits = new Hits<>();
            // The flows of the same actor, and unplaced flows of the same zone: distance as FlowFact says.
            for (T flow : byActor.getOrDefault(from.getActor(), List.of())) {
                if (!hits.has(flow)) {
                    hits.add(flow, flow.distanceTo(from));
                }
            }
            if (from.getZone() != null) {
                for (T flow : unplacedByZone.getOrDefault(from.getZone(), List.of())) {
                    if (!hits.has(flow)) {
                        hits.add(flow, 0.0);
                    }
                }
            }
            GeoPoint at = from.getLocation();
            if (at == null) {
                // An unplaced flow meets the flows of its zone only.
                int before = hits.size;
                for (T flow : placed) {
                    if (from.getZone() != null && from.getZone().equals(flow.getZone()) && !hits.has(flow, before)) {
                        hits.add(flow, 0.0);
                    }
                }
                return hits.keep(k, countLimit);
            }
            // Those found so far may lie in a cell too: a cell's flows are checked against them only.
            int before = hits.size;
            double phi = Math.toRadians(at.latitude());
            double cosPhi = Math.cos(phi);
            long cx = cx(at);
            long cy = cy(at);
            for (int ring = 0; ; ring++) {
                double bound = Math.max(0, (ring - 1) * cell) * MARGIN;
                if (bound > maxKm) {
                    break;
                }
                // Enough to count, and the k nearest known: nothing in this ring or beyond can be nearer.
                if (hits.size >= k + countLimit && hits.kthDistance(k) <= bound) {
                    break;
                }
                // The cells of the ring only: its top and bottom rows, then its sides.
                for (long x = cx - ring; x <= cx + ring; x++) {
                    visit(x, cy - ring, at, phi, cosPhi, maxKm, hits, before);
                    if (ring > 0) {
                        visit(x, cy + ring, at, phi, cosPhi, maxKm, hits, before);
                    }
                }
                for (long y = cy - ring + 1; y <= cy + ring - 1; y++) {
                    visit(cx - ring, y, at, phi, cosPhi, maxKm, hits, before);
                    visit(cx + ring, y, at, phi, cosPhi, maxKm, hits, before);
                }
                // Every cell of the bucket visited: nothing farther to find.
                if (cx - ring <= minCx && cx + ring >= maxCx && cy - ring <= minCy && cy + ring >= maxCy) {
                    break;
                }
            }
            return hits.keep(k, countLimit);
        }

        private void visit(long x, long y, GeoPoint at, double phi, double cosPhi, double maxKm, Hits<T> hits,
                           int before) {
            int[] cell = cells.get(key(x, y));
            if (cell == null) {
                return;
            }
            for (int i : cell) {
                double d = distanceKm(at, phi, cosPhi, i);
                if (d <= maxKm) {
                    T flow = placed.get(i);
                    if (before == 0 || !hits.has(flow, before)) {
                        hits.add(flow, d);
                    }
                }
            }
        }

        /**
         * {@link GeoPoint#distanceKm} from {@code at} to placed flow {@code i}, the same arithmetic in the same order
         * (so the same double), with the latitudes' radians and cosines computed once.
         */
        private double distanceKm(GeoPoint at, double phi1, double cosPhi1, int i) {
            double dPhi = phis[i] - phi1;
            double dLambda = Math.toRadians(longitudes[i] - at.longitude());
            double sinPhi = Math.sin(dPhi / 2);
            double sinLambda = Math.sin(dLambda / 2);
            double h = sinPhi * sinPhi + cosPhi1 * cosPhis[i] * sinLambda * sinLambda;
            return 2 * GeoPoint.EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        }
    }

    /** The flows a search found and their distances, in the order found. */
    private static final class Hits<T extends FlowFact> {
        private Object[] flows = new Object[32];
        private double[] distances = new double[32];
        private int size;

        void add(T flow, double distance) {
            if (size == flows.length) {
                flows = java.util.Arrays.copyOf(flows, size * 2);
                distances = java.util.Arrays.copyOf(distances, size * 2);
            }
            flows[size] = flow;
            distances[size++] = distance;
        }

        boolean has(T flow) {
            return has(flow, size);
        }

        /** Whether {@code flow} is among the first {@code first} found (identity: a flow is one fact). */
        boolean has(T flow, int first) {
            for (int i = 0; i < first; i++) {
                if (flows[i] == flow) {
                    return true;
                }
            }
            return false;
        }

        double kthDistance(int k) {
            if (size < k || k == 0) {
                return k == 0 ? 0 : Double.MAX_VALUE;
            }
            double[] sorted = java.util.Arrays.copyOf(distances, size);
            java.util.Arrays.sort(sorted);
            return sorted[k - 1];
        }

        @SuppressWarnings("unchecked")
        private T flow(int i) {
            return (T) flows[i];
        }

        /** The {@code k} nearest, then up to {@code countLimit} more: nearest first, ties by flow id. */
        Found<T> keep(int k, int countLimit) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // Nearest first, then by flow id so that ties are broken the same way in every run.
            java.util.Arrays.sort(order, (a, b) -> {
                int byDistance = Double.compare(distances[a], distances[b]);
                return byDistance != 0 ? byDistance : flow(a).getId().compareTo(flow(b).getId());
            });
            int nearestCount = Math.min(k, size);
            List<T> nearest = new ArrayList<>(nearestCount);
            List<Double> near = new ArrayList<>(nearestCount);
            for (int i = 0; i < nearestCount; i++) {
                nearest.add(flow(order[i]));
                near.add(distances[order[i]]);
            }
            List<T> beyond = new ArrayList<>();
            for (int i = nearestCount; i < Math.min(size, nearestCount + countLimit); i++) {
                beyond.add(flow(order[i]));
            }
            return new Found<>(nearest, near, beyond, size - nearestCount > countLimit);
        }
    }
}
