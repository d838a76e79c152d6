package org.eit.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eit.core.internal.geo.SpatialGrid;

/**
 * The grids of one analysis, one per reach level (a distinct maximum distance of the reach table). An offer sits
 * in one cell of the grid of its resource's level; a demand probes the 3×3 cells around it in that grid. Flows
 * without a position are keyed by their zone instead, so that unplaced actors still meet within their zone.
 */
public final class SpatialIndex {
    private final List<SpatialGrid> grids;
    private final Map<String, Integer> levelOfResource;

    public SpatialIndex(List<SpatialGrid> grids, Map<String, Integer> levelOfResource) {
        this.grids = List.copyOf(grids);
        this.levelOfResource = Map.copyOf(levelOfResource);
    }

    /** The level of an offered resource's reach, or -1 when it has none. */
    public int levelOf(String resource) {
        return levelOfResource.getOrDefault(resource, -1);
    }

    long cellOf(Offer offer) {
        int level = levelOf(offer.getResource());
        if (level < 0) {
            return Long.MIN_VALUE;
        }
        if (offer.getLocation() == null) {
            return zoneKey(offer.getZone(), level);
        }
        return grids.get(level).cellOf(offer.getLocation());
    }

    List<Long> neighbourhood(Demand demand, int level) {
        List<Long> keys = new ArrayList<>(10);
        if (demand.getLocation() != null) {
            for (long key : grids.get(level).neighbourhood(demand.getLocation())) {
                keys.add(key);
            }
        }
        if (demand.getZone() != null) {
            keys.add(zoneKey(demand.getZone(), level));
        }
        return keys;
    }

    /** Keys of unplaced flows: by zone and level, with a top bit no grid key uses. */
    private static long zoneKey(String zone, int level) {
        if (zone == null) {
            return Long.MIN_VALUE;
        }
        return Long.MIN_VALUE | ((long) level << 40) | (zone.hashCode() & 0xffffffffL);
    }
}
