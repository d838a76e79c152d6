package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.Comparator;
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
        private final Map<Long, List<T>> cells = new HashMap<>();
        private final Map<String, List<T>> unplacedByZone = new HashMap<>();
        private final Map<String, List<T>> byActor = new HashMap<>();
        private final List<T> placed = new ArrayList<>();
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
            for (T flow : placed) {
                long x = cx(flow.getLocation());
                long y = cy(flow.getLocation());
                cells.computeIfAbsent(key(x, y), c -> new ArrayList<>()).add(flow);
                minCx = Math.min(minCx, x);
                maxCx = Math.max(maxCx, x);
                minCy = Math.min(minCy, y);
                maxCy = Math.max(maxCy, y);
            }
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
            List<T> found = new ArrayList<>();
            List<Double> distances = new ArrayList<>();
            java.util.Set<T> seen = new java.util.HashSet<>();
            // The flows of the same actor, and unplaced flows of the same zone: distance as FlowFact says.
            for (T flow : byActor.getOrDefault(from.getActor(), List.of())) {
                if (seen.add(flow)) {
                    found.add(flow);
                    distances.add(flow.distanceTo(from));
                }
            }
            if (from.getZone() != null) {
                for (T flow : unplacedByZone.getOrDefault(from.getZone(), List.of())) {
                    if (seen.add(flow)) {
                        found.add(flow);
                        distances.add(0.0);
                    }
                }
            }
            GeoPoint at = from.getLocation();
            if (at == null) {
                // An unplaced flow meets the flows of its zone only.
                for (T flow : placed) {
                    if (from.getZone() != null && from.getZone().equals(flow.getZone()) && seen.add(flow)) {
                        found.add(flow);
                        distances.add(0.0);
                    }
                }
                return keep(found, distances, k, countLimit);
            }
            long cx = cx(at);
            long cy = cy(at);
            for (int ring = 0; ; ring++) {
                double bound = Math.max(0, (ring - 1) * cell) * MARGIN;
                if (bound > maxKm) {
                    break;
                }
                // Enough to count, and the k nearest known: nothing in this ring or beyond can be nearer.
                if (found.size() >= k + countLimit && kthDistance(distances, k) <= bound) {
                    break;
                }
                // The cells of the ring only: its top and bottom rows, then its sides.
                for (long x = cx - ring; x <= cx + ring; x++) {
                    visit(x, cy - ring, at, maxKm, found, distances, seen);
                    if (ring > 0) {
                        visit(x, cy + ring, at, maxKm, found, distances, seen);
                    }
                }
                for (long y = cy - ring + 1; y <= cy + ring - 1; y++) {
                    visit(cx - ring, y, at, maxKm, found, distances, seen);
                    visit(cx + ring, y, at, maxKm, found, distances, seen);
                }
                // Every cell of the bucket visited: nothing farther to find.
                if (cx - ring <= minCx && cx + ring >= maxCx && cy - ring <= minCy && cy + ring >= maxCy) {
                    break;
                }
            }
            return keep(found, distances, k, countLimit);
        }

        private void visit(long x, long y, GeoPoint at, double maxKm, List<T> found, List<Double> distances,
                           java.util.Set<T> seen) {
            List<T> cell = cells.get(key(x, y));
            if (cell == null) {
                return;
            }
            for (T flow : cell) {
                double d = at.distanceKm(flow.getLocation());
                if (d <= maxKm && seen.add(flow)) {
                    found.add(flow);
                    distances.add(d);
                }
            }
        }

        private Found<T> keep(List<T> found, List<Double> distances, int k, int countLimit) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                order.add(i);
            }
            // Nearest first, then by flow id so that ties are broken the same way in every run.
            order.sort(Comparator.<Integer>comparingDouble(distances::get).thenComparing(i -> found.get(i).getId()));
            List<T> nearest = new ArrayList<>();
            List<Double> near = new ArrayList<>();
            for (int i = 0; i < Math.min(k, order.size()); i++) {
                nearest.add(found.get(order.get(i)));
                near.add(distances.get(order.get(i)));
            }
            List<T> beyond = new ArrayList<>();
            for (int i = nearest.size(); i < Math.min(order.size(), nearest.size() + countLimit); i++) {
                beyond.add(found.get(order.get(i)));
            }
            return new Found<>(nearest, near, beyond, order.size() - nearest.size() > countLimit);
        }

        private static double kthDistance(List<Double> distances, int k) {
            if (distances.size() < k || k == 0) {
                return k == 0 ? 0 : Double.MAX_VALUE;
            }
            List<Double> sorted = new ArrayList<>(distances);
            sorted.sort(null);
            return sorted.get(k - 1);
        }
    }
}
