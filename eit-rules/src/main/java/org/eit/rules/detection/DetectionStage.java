package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.UnitException;
import org.eit.rules.RulesMessages;
import org.eit.rules.compatibility.CompatibilityStage;
import org.eit.rules.compatibility.ResourceReach;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.IsA;
import org.eit.rules.facts.Offer;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * Finds the synergies: the substitution and pooling rules ({@code substitution/substitution.drl},
 * {@code pooling/pooling.drl}) judge the candidates the index proposes and the pooling groups. This class builds
 * the facts (offers and demands with their yearly quantities and places, candidates, pooling themes and groups)
 * and lists each flow's nearest partners; the rules decide what is a synergy.
 */
public final class DetectionStage implements Stage {
    public static final String NAME = "detection";
    /** How many nearest partners each offer and each demand lists; 0 lists them all. */
    public static final String MAX_PARTNERS = "matching.max-partners";

    private static final Set<String> PLACEHOLDERS = Set.of("offerActor", "demandActor", "offered", "demanded",
            "offerQuantity", "demandQuantity", "quantity", "distance", "preparation", "coverage", "ratio", "mode",
            "reach", "theme", "count", "members", "radius", "where", "total");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Set<String> placeholders() {
        return PLACEHOLDERS;
    }

    @Override
    public Set<String> findingFunctions() {
        return Set.of("exchange", "sharing", "pooling");
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(Candidate.class, Offer.class, Demand.class, FlowFact.class, Accepts.class, IsA.class,
                PoolingTheme.class, PoolMember.class, PoolGroup.class, Finding.class, Findings.class);
    }

    @Override
    public void run(StageContext context) {
        Territory territory = context.territory();
        ResourceTaxonomy taxonomy = context.taxonomy();
        Problems warnings = context.problems();
        List<Accepts> accepts = context.get(CompatibilityStage.ACCEPTS);
        Map<String, ResourceReach> reaches = context.get(CompatibilityStage.REACHES);

        Map<String, GeoPoint> places = placeActors(territory, warnings);
        double maxAbsLatitude = Math.min(85, places.values().stream().mapToDouble(p -> Math.abs(p.latitude()))
                .max().orElse(45) + 1);
        List<PoolingTheme> themes = context.knowledge().rows(PoolingThemeTable.TABLE);
        Map<String, Map<String, String>> groups = PoolingGroups.of(territory, taxonomy, themes, places,
                maxAbsLatitude);

        List<Object> facts = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        Set<String> demanded = new TreeSet<>();
        Map<String, Actor> actors = territory.actorsById();
        for (Flow flow : territory.flows()) {
            Actor actor = actors.get(flow.actorId());
            Resource resource = taxonomy.get(flow.resourceId());
            FlowFact.Builder b = new FlowFact.Builder()
                    .flow(flow.id(), actor.id(), actor.name(), actor.kind(), actor.zone())
                    .activity(actor.activity())
                    .resource(resource.id(), new LocalizedText(resource.labelFr(), resource.labelEn()),
                            resource.kind(), flow.hazardous() || resource.hazardous())
                    .quantity(yearly(flow, resource, warnings), resource.defaultUnit().symbol(),
                            flow.quantity() == null || flow.quantity().isRate())
                    .quality(flow.temperatureC(), flow.source(), flow.effectiveConfidence())
                    .place(places.get(actor.id()), actor.location() == null && places.containsKey(actor.id()),
                            groups.getOrDefault(flow.id(), Map.of()));
            if (flow.isOffer()) {
                offers.add(new Offer(b));
                if (!reaches.containsKey(resource.id())) {
                    warnings.warning(RulesMessages.MESSAGES, "engine.no-reach", Location.NOWHERE,
                            "flow " + flow.id(), resource.id(),
                            String.join(",", context.parameters().words(CompatibilityStage.MODES)));
                }
            } else {
                demands.add(new Demand(b));
                demanded.add(resource.id());
            }
        }
        facts.addAll(offers);
        facts.addAll(demands);
        facts.addAll(accepts);
        CandidateIndex index = new CandidateIndex(offers, accepts, maxAbsLatitude);
        for (Demand demand : demands) {
            facts.addAll(index.candidates(demand));
        }
        for (String resource : demanded) {
            List<String> ancestors = taxonomy.ancestors(resource);
            for (int i = 0; i < ancestors.size(); i++) {
                facts.add(new IsA(resource, ancestors.get(i), i + 1));
            }
            facts.add(new IsA(resource, resource, 0));
        }
        facts.addAll(themes);

        List<Finding> findings = new ArrayList<>();
        for (Object result : context.fire(facts, List.of(Finding.class))) {
            findings.add((Finding) result);
        }
        findings.sort(Comparator.comparing(Finding::key));
        List<Finding> between = findings.stream().filter(f -> !f.internal()).toList();
        List<Finding> listed = Listing.nearestPartners(between, (int) context.parameters().whole(MAX_PARTNERS));
        context.put(Results.FINDINGS, List.copyOf(findings));
        context.put(Results.LISTED, listed);
        context.put(Results.LEFT_OUT, between.size() - listed.size());
    }

    /** Each actor's position: its coordinates, else the centre of its zone's located actors, else none. */
    private static Map<String, GeoPoint> placeActors(Territory territory, Problems warnings) {
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
                warnings.warning(RulesMessages.MESSAGES, "engine.placed-by-zone", Location.NOWHERE,
                        "actor " + actor.id(), actor.zone());
            }
        }
        return places;
    }

    /** The yearly quantity of a flow in its resource's default unit, or null when unknown or inconvertible. */
    private static Double yearly(Flow flow, Resource resource, Problems warnings) {
        if (flow.quantity() == null) {
            return null;
        }
        try {
            return flow.quantity().annualIn(resource.defaultUnit());
        } catch (UnitException e) {
            warnings.warning(RulesMessages.MESSAGES, "engine.unit-not-convertible", Location.NOWHERE,
                    "flow " + flow.id(), flow.quantity().unit().symbol(), resource.id(),
                    resource.defaultUnit().symbol());
            return null;
        }
    }
}
