package org.eit.rules.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.geo.SpatialGrid;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.UnitException;
import org.eit.rules.RulesMessages;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.IsA;
import org.eit.rules.facts.Offer;
import org.eit.rules.facts.PoolingTheme;
import org.eit.rules.facts.Settings;
import org.eit.rules.facts.SpatialIndex;
import org.eit.rules.knowledge.Knowledge;
import org.eit.rules.knowledge.PoolingThemeRow;
import org.eit.rules.knowledge.Reach;
import org.eit.rules.knowledge.Substitution;

/**
 * Turns a territory and the knowledge tables into the facts the rules match: offers and demands with their yearly
 * quantities, the {@link Accepts} relation between the resources they use, {@link IsA} facts for the taxonomy,
 * pooling themes and settings.
 *
 * <p>This is also where the spatial index is built, the part that keeps matching fast on large territories: each
 * offer gets the grid cell of its resource's reach, and each actor a proximity group per pooling radius, so that
 * the rules join on equal keys (which the engine indexes) rather than comparing every offer with every demand.
 */
public final class FactBuilder {
    private final Territory territory;
    private final ResourceTaxonomy taxonomy;
    private final Knowledge knowledge;
    private final AnalysisParameters parameters;
    private final Problems warnings;

    private FactBuilder(Territory territory, ResourceTaxonomy taxonomy, Knowledge knowledge,
                        AnalysisParameters parameters, Problems warnings) {
        this.territory = territory;
        this.taxonomy = taxonomy;
        this.knowledge = knowledge;
        this.parameters = parameters;
        this.warnings = warnings;
    }

    /** The facts of one analysis; warnings (actors placed by zone, flows without reach...) go to {@code warnings}. */
    public static List<Object> build(Territory territory, ResourceTaxonomy taxonomy, Knowledge knowledge,
                                     AnalysisParameters parameters, Problems warnings) {
        return new FactBuilder(territory, taxonomy, knowledge, parameters, warnings).build();
    }

    private List<Object> build() {
        Map<String, GeoPoint> places = placeActors();
        Map<String, Reach> reachOf = reaches();
        List<Double> levels = new ArrayList<>(new TreeSet<>(reachOf.values().stream().map(Reach::maxKm).toList()));
        double maxAbsLatitude = maxAbsLatitude(places);
        List<SpatialGrid> grids = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            grids.add(new SpatialGrid(level, levels.get(level), maxAbsLatitude));
        }
        Map<String, Integer> levelOf = new HashMap<>();
        reachOf.forEach((resource, reach) -> levelOf.put(resource, levels.indexOf(reach.maxKm())));
        SpatialIndex space = new SpatialIndex(grids, levelOf);
        Map<String, Map<String, String>> groups = poolingGroups(places);

        List<Object> facts = new ArrayList<>();
        facts.add(new Settings(parameters.colocatedRadiusKm(), parameters.localRadiusKm()));
        Map<String, Actor> actors = territory.actorsById();
        Set<String> offered = new TreeSet<>();
        Set<String> demanded = new TreeSet<>();
        for (Flow flow : territory.flows()) {
            Actor actor = actors.get(flow.actorId());
            Resource resource = taxonomy.get(flow.resourceId());
            FlowFact.Builder b = new FlowFact.Builder()
                    .flow(flow.id(), actor.id(), actor.name(), actor.kind(), actor.zone())
                    .resource(resource.id(), new LocalizedText(resource.labelFr(), resource.labelEn()),
                            resource.kind(), flow.hazardous())
                    .quantity(yearly(flow, resource), resource.defaultUnit().symbol(),
                            flow.quantity() == null || flow.quantity().isRate())
                    .quality(flow.temperatureC(), flow.source(), flow.effectiveConfidence())
                    .place(places.get(actor.id()), actor.location() == null && places.containsKey(actor.id()), space,
                            groups.getOrDefault(flow.id(), Map.of()));
            if (flow.isOffer()) {
                facts.add(new Offer(b));
                offered.add(resource.id());
                if (!reachOf.containsKey(resource.id())) {
                    warnings.warning(RulesMessages.MESSAGES, "engine.no-reach", Location.NOWHERE, "flow " + flow.id(), resource.id(),
                            String.join(",", parameters.modes()));
                }
            } else {
                facts.add(new Demand(b));
                demanded.add(resource.id());
            }
        }
        facts.addAll(accepts(offered, demanded, reachOf, levels));
        for (String resource : demanded) {
            for (String ancestor : taxonomy.ancestors(resource)) {
                facts.add(new IsA(resource, ancestor));
            }
            facts.add(new IsA(resource, resource));
        }
        for (PoolingThemeRow row : knowledge.themes()) {
            facts.add(new PoolingTheme(row.id(), row.family(), row.label(), row.minActors(), row.radiusKm(),
                    row.byResource(), taxonomy.get(row.family()).defaultUnit().symbol(), row.source()));
        }
        return facts;
    }

    /** Each actor's position: its coordinates, else the centre of its zone's located actors, else none. */
    private Map<String, GeoPoint> placeActors() {
        Map<String, List<GeoPoint>> byZone = new HashMap<>();
        for (Actor actor : territory.actors()) {
            if (actor.location() != null && actor.zone() != null) {
                byZone.computeIfAbsent(actor.zone(), z -> new ArrayList<>()).add(actor.location());
            }
        }
        Map<String, GeoPoint> places = new LinkedHashMap<>();
        for (Actor actor : territory.actors()) {
            if (actor.location() != null) {
                places.put(actor.id(), actor.location());
            } else if (actor.zone() != null && byZone.containsKey(actor.zone())) {
                List<GeoPoint> points = byZone.get(actor.zone());
                GeoPoint centre = new GeoPoint(points.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow(),
                        points.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow());
                places.put(actor.id(), centre);
                warnings.warning(RulesMessages.MESSAGES, "engine.placed-by-zone", Location.NOWHERE, "actor " + actor.id(), actor.zone());
            }
        }
        return places;
    }

    /**
     * The reach of every resource: the rows of its most specific family that has rows in an enabled mode, and among
     * them the longest.
     */
    private Map<String, Reach> reaches() {
        Map<String, List<Reach>> byFamily = new HashMap<>();
        for (Reach reach : knowledge.reaches()) {
            if (parameters.modes().contains(reach.mode())) {
                byFamily.computeIfAbsent(reach.family(), f -> new ArrayList<>()).add(reach);
            }
        }
        Map<String, Reach> reachOf = new HashMap<>();
        for (Resource resource : taxonomy.all()) {
            List<String> lineage = new ArrayList<>();
            lineage.add(resource.id());
            lineage.addAll(taxonomy.ancestors(resource.id()));
            for (String family : lineage) {
                List<Reach> rows = byFamily.get(family);
                if (rows != null) {
                    reachOf.put(resource.id(), rows.stream().max(Comparator.comparingDouble(Reach::maxKm)
                            .thenComparing(Reach::mode)).orElseThrow());
                    break;
                }
            }
        }
        return reachOf;
    }

    /** The yearly quantity of a flow in its resource's default unit, or null when unknown or inconvertible. */
    private Double yearly(Flow flow, Resource resource) {
        if (flow.quantity() == null) {
            return null;
        }
        try {
            return flow.quantity().annualIn(resource.defaultUnit());
        } catch (UnitException e) {
            warnings.warning(RulesMessages.MESSAGES, "engine.unit-not-convertible", Location.NOWHERE, "flow " + flow.id(),
                    flow.quantity().unit().symbol(), resource.id(), resource.defaultUnit().symbol());
            return null;
        }
    }

    /**
     * For each demanded and offered resource of the territory, whether and why the offer can serve the demand: the
     * same resource, a sub-resource, or a row of the substitution table. A row written for a resource below the
     * demanded one serves it too (a row for wood chips serves a demand for wood fuel); when several rows apply, the
     * one whose offered resource is the most specific wins, then the one whose demanded resource is closest.
     */
    private List<Accepts> accepts(Set<String> offered, Set<String> demanded, Map<String, Reach> reachOf,
                                  List<Double> levels) {
        List<Accepts> accepts = new ArrayList<>();
        for (String d : demanded) {
            // A row for a resource below the demanded one serves the demand only when both are measured alike (a
            // row giving tonnes of wood chips cannot size a demand for fuels in MWh).
            var demandedUnit = taxonomy.get(d).defaultUnit();
            List<Substitution> rows = knowledge.substitutions().stream()
                    .filter(row -> row.demanded().equals(d) || (taxonomy.isA(row.demanded(), d)
                            && taxonomy.get(row.demanded()).defaultUnit().isCompatibleWith(demandedUnit)))
                    .toList();
            for (String o : offered) {
                Reach offeredReach = reachOf.get(o);
                if (offeredReach == null) {
                    continue;
                }
                int level = levels.indexOf(offeredReach.maxKm());
                // An exchange goes no farther than either resource travels: warm effluent offered as heat moves by
                // pipe like heat, not by truck like effluent. The grid level stays the offered resource's, whose
                // cells are at least that large.
                Reach demandedReach = reachOf.get(d);
                Reach reach = demandedReach != null && demandedReach.maxKm() < offeredReach.maxKm() ? demandedReach
                        : offeredReach;
                String unitOfOffer = taxonomy.get(o).defaultUnit().symbol();
                if (o.equals(d)) {
                    accepts.add(new Accepts(d, o, Accepts.SAME, 1, unitOfOffer, null, null,
                            taxonomy.get(d).hazardous(), null, null, reach.maxKm(), reach.mode(), level));
                } else if (taxonomy.isA(o, d)) {
                    accepts.add(new Accepts(d, o, Accepts.SUB_RESOURCE, 1, unitOfOffer, null, null, false, null,
                            null, reach.maxKm(), reach.mode(), level));
                } else {
                    Substitution row = bestRow(o, d, rows);
                    if (row != null) {
                        accepts.add(new Accepts(d, o, Accepts.SUBSTITUTION, row.ratio(),
                                taxonomy.get(row.demanded()).defaultUnit().symbol(), row.minTemperatureC(),
                                row.maxTemperatureC(), row.hazardousAllowed(), row.preparation(),
                                row.source() + " (" + row.file() + ":" + row.line() + ")", reach.maxKm(),
                                reach.mode(), level));
                    }
                }
            }
        }
        return accepts;
    }

    /** The row for {@code offered} or its nearest ancestor, then for {@code demanded} or its nearest descendant. */
    private Substitution bestRow(String offered, String demanded, List<Substitution> rows) {
        List<String> offeredLineage = new ArrayList<>();
        offeredLineage.add(offered);
        offeredLineage.addAll(taxonomy.ancestors(offered));
        Substitution best = null;
        int bestOffered = Integer.MAX_VALUE;
        int bestDemanded = Integer.MAX_VALUE;
        for (Substitution row : rows) {
            int o = offeredLineage.indexOf(row.offered());
            if (o < 0) {
                continue;
            }
            int d = row.demanded().equals(demanded) ? 0 : 1 + taxonomy.ancestors(row.demanded()).indexOf(demanded);
            if (o < bestOffered || (o == bestOffered && d < bestDemanded)) {
                best = row;
                bestOffered = o;
                bestDemanded = d;
            }
        }
        return best;
    }

    /**
     * For each pooling theme, the groups its demands form: demands of the theme's family (of one resource, for
     * themes pooled by resource) whose actors are in the same zone or within the theme's radius of each other,
     * one neighbour to the next (single linkage). Only actors with the need link a chain, so two firms are not
     * grouped through a third that has no such need. Distances are tested only between actors of neighbouring
     * cells of a grid as large as the radius. A group is named by the theme, the resource and its smallest actor
     * id, so names are stable. The rule "Pooling: a demand joins its theme among its neighbours" decides who
     * joins; this only tells each demand which group it would join.
     */
    private Map<String, Map<String, String>> poolingGroups(Map<String, GeoPoint> places) {
        Map<String, Map<String, String>> groupOfFlow = new HashMap<>();
        double maxAbsLatitude = maxAbsLatitude(places);
        Map<String, Actor> actors = territory.actorsById();
        for (PoolingThemeRow theme : knowledge.themes()) {
            Map<String, List<Flow>> partitions = new TreeMap<>();
            for (Flow flow : territory.flows()) {
                if (!flow.isOffer() && taxonomy.isA(flow.resourceId(), theme.family())) {
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

    private static double maxAbsLatitude(Map<String, GeoPoint> places) {
        return Math.min(85, places.values().stream().mapToDouble(p -> Math.abs(p.latitude())).max().orElse(45) + 1);
    }

    /** Union-find over actor ids; the representative of a set is its smallest id. */
    private static final class UnionFind {
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
