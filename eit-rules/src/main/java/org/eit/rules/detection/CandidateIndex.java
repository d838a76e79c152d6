package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.geo.SpatialGrid;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.Offer;

/**
 * Proposes, for each demand, the offers within reach whose resources fit (the {@link Accepts} the compatibility
 * rules decided): the mechanics that keep matching from comparing every offer with every demand. Offers are
 * bucketed per resource into the cells of a grid as large as the resource's reach; a demand probes the 3×3 cells
 * around it, so only neighbours reach the distance test. Actors without coordinates are keyed by their zone and
 * meet within it.
 */
final class CandidateIndex {
    private final Map<Double, SpatialGrid> gridOfReach = new HashMap<>();
    /** offered resource → cell key → offers, in the territory's order. */
    private final Map<String, Map<Long, List<Offer>>> offers = new HashMap<>();
    private final Map<String, List<Accepts>> acceptsOfDemanded = new HashMap<>();

    CandidateIndex(List<Offer> offered, List<Accepts> accepts, double maxAbsLatitude) {
        TreeSet<Double> reaches = new TreeSet<>();
        Map<String, Double> reachOfOffered = new HashMap<>();
        for (Accepts a : accepts) {
            reaches.add(a.offeredReachKm());
            reachOfOffered.put(a.offered(), a.offeredReachKm());
            acceptsOfDemanded.computeIfAbsent(a.demanded(), d -> new ArrayList<>()).add(a);
        }
        int level = 0;
        for (double km : reaches) {
            gridOfReach.put(km, new SpatialGrid(level++, km, maxAbsLatitude));
        }
        for (Offer offer : offered) {
            Double km = reachOfOffered.get(offer.getResource());
            if (km != null) {
                offers.computeIfAbsent(offer.getResource(), r -> new HashMap<>())
                        .computeIfAbsent(cellOf(offer, gridOfReach.get(km)), c -> new ArrayList<>()).add(offer);
            }
        }
    }

    /** The candidates of {@code demand}: each accepted resource's offers in its neighbourhood, within reach. */
    List<Candidate> candidates(Demand demand) {
        List<Candidate> candidates = new ArrayList<>();
        for (Accepts a : acceptsOfDemanded.getOrDefault(demand.getResource(), List.of())) {
            Map<Long, List<Offer>> cells = offers.get(a.offered());
            if (cells == null) {
                continue;
            }
            Set<Offer> seen = new LinkedHashSet<>();
            for (long key : neighbourhood(demand, gridOfReach.get(a.offeredReachKm()))) {
                for (Offer offer : cells.getOrDefault(key, List.of())) {
                    if (!seen.add(offer)) {
                        continue;
                    }
                    double distance = offer.distanceTo(demand);
                    boolean sameActor = offer.getActor().equals(demand.getActor());
                    if (sameActor || distance <= a.reachKm()) {
                        candidates.add(new Candidate(offer, demand, a, distance));
                    }
                }
            }
        }
        return candidates;
    }

    private static long cellOf(Offer offer, SpatialGrid grid) {
        return offer.getLocation() == null ? zoneKey(offer.getZone(), grid) : grid.cellOf(offer.getLocation());
    }

    private static List<Long> neighbourhood(Demand demand, SpatialGrid grid) {
        List<Long> keys = new ArrayList<>(10);
        GeoPoint location = demand.getLocation();
        if (location != null) {
            for (long key : grid.neighbourhood(location)) {
                keys.add(key);
            }
        }
        if (demand.getZone() != null) {
            keys.add(zoneKey(demand.getZone(), grid));
        }
        return keys;
    }

    /** Keys of unplaced flows: by zone and grid, with a top bit no grid key uses. */
    private static long zoneKey(String zone, SpatialGrid grid) {
        if (zone == null) {
            return Long.MIN_VALUE;
        }
        return Long.MIN_VALUE | ((long) grid.level() << 40) | (zone.hashCode() & 0xffffffffL);
    }
}
