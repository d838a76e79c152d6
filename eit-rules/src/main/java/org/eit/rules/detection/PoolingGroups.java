package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.geo.SpatialGrid;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * For each pooling theme, the groups its demands form: demands of the theme's family (of one resource, for themes
 * pooled by resource) whose actors are in the same zone or within the theme's radius of each other, one neighbour
 * to the next (single linkage). Only actors with the need link a chain, so two firms are not grouped through a
 * third that has no such need. Distances are tested only between actors of neighbouring cells of a grid as large
 * as the radius. A group is named by the theme, the resource and its smallest actor id, so names are stable.
 *
 * <p>The theme's radius, family and grouping by resource come from {@code pooling-themes.csv}; the rule "Pooling:
 * a demand joins its theme among its neighbours" decides who joins and "several actors near each other share a
 * need" how many it takes. This class only tells each demand which group it would join.
 */
final class PoolingGroups {
    private PoolingGroups() {
    }

    /** flow id → theme id → group name. */
    static Map<String, Map<String, String>> of(Territory territory, ResourceTaxonomy taxonomy,
                                                List<PoolingTheme> themes, Map<String, GeoPoint> places,
                                                double maxAbsLatitude) {
        Map<String, Map<String, String>> groupOfFlow = new HashMap<>();
        Map<String, Actor> actors = territory.actorsById();
        for (PoolingTheme theme : themes) {
            Map<String, List<Flow>> partitions = new TreeMap<>();
            for (Flow flow : territory.flows()) {
                if (!flow.isOffer() && taxonomy.isA(flow.resourceId(), theme.family())
                        && theme.admits(actors.get(flow.actorId()).kind())) {
                    partitions.computeIfAbsent(theme.byResource() ? flow.resourceId() : "", k -> new ArrayList<>())
                            .add(flow);
                }
            }
            for (Map.Entry<String, List<Flow>> partition : partitions.entrySet()) {
                List<String> actorIds = partition.getValue().stream().map(Flow::actorId).distinct().sorted().toList();
                UnionFind links = new UnionFind(actorIds);
                Map<String, String> firstOfZone = new HashMap<>();
                for (String id : actorIds) {
                    String zone = actors.get(id).zone();
                    if (zone != null) {
                        String first = firstOfZone.putIfAbsent(zone, id);
                        if (first != null) {
                            links.union(first, id);
                        }
                    }
                }
                SpatialGrid grid = new SpatialGrid(0, theme.radiusKm(), maxAbsLatitude);
                Map<Long, List<String>> cells = new HashMap<>();
                for (String id : actorIds) {
                    if (places.containsKey(id)) {
                        cells.computeIfAbsent(grid.cellOf(places.get(id)), c -> new ArrayList<>()).add(id);
                    }
                }
                for (String id : actorIds) {
                    GeoPoint point = places.get(id);
                    if (point == null) {
                        continue;
                    }
                    for (long cell : grid.neighbourhood(point)) {
                        for (String other : cells.getOrDefault(cell, List.of())) {
                            if (other.compareTo(id) > 0 && point.distanceKm(places.get(other)) <= theme.radiusKm()) {
                                links.union(id, other);
                            }
                        }
                    }
                }
                String prefix = theme.id() + ":" + partition.getKey() + ":";
                for (Flow flow : partition.getValue()) {
                    groupOfFlow.computeIfAbsent(flow.id(), k -> new HashMap<>())
                            .put(theme.id(), prefix + links.find(flow.actorId()));
                }
            }
        }
        return groupOfFlow;
    }

    /** Union-find over actor ids; the representative of a set is its smallest id. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        UnionFind(List<String> ids) {
            ids.forEach(id -> parent.put(id, id));
        }

        String find(String id) {
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            String current = id;
            while (!current.equals(root)) {
                String next = parent.get(current);
                parent.put(current, root);
                current = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
