package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;
import org.eit.core.model.Attribute;
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
import org.eit.rules.detection.feasibility.AbpDefault;
import org.eit.rules.detection.feasibility.AbpDefaultTable;
import org.eit.rules.detection.feasibility.AbpUse;
import org.eit.rules.detection.feasibility.AbpUseTable;
import org.eit.rules.detection.feasibility.FeasibilitySettings;
import org.eit.rules.detection.feasibility.FeasibilityTables;
import org.eit.rules.detection.feasibility.FeedRule;
import org.eit.rules.detection.feasibility.FeedRuleTable;
import org.eit.rules.detection.feasibility.OrganicInput;
import org.eit.rules.detection.feasibility.OrganicInputTable;
import org.eit.rules.detection.feasibility.Permission;
import org.eit.rules.detection.feasibility.SpeciesTable;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.IsA;
import org.eit.rules.facts.Offer;
import org.eit.rules.facts.Reason;
import org.eit.rules.gains.Economics;
import org.eit.rules.gains.PipeTable;
import org.eit.rules.gains.PriceTable;
import org.eit.rules.gains.Prices;
import org.eit.rules.gains.TransportTable;
import org.eit.rules.knowledge.Knowledge;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the synergies. The index proposes each flow's nearest compatible partners ({@link CandidateIndex}); the
 * rules judge each candidate pair, one batch at a time: feasibility ({@code feasibility/feasibility.drl}), reach
 * ({@code reach/reach.drl}), then substitution and sharing ({@code substitution/substitution.drl},
 * {@code pooling/pooling.drl}); groups sharing a need are found over all demands. This class builds the facts and
 * puts the verdicts together: a pair proposed and not refused is one finding with every rule that proposed it, the
 * criterion of reach that held and the conditions set; a refused pair keeps its reasons.
 */
public final class DetectionStage implements Stage {
    private static final Logger LOG = LoggerFactory.getLogger(DetectionStage.class);
    public static final String NAME = "detection";
    /** How many nearest compatible partners each flow gets per resource that fits it. */
    public static final String CANDIDATES_PER_FLOW = "matching.candidates-per-flow";
    /** How much longer a route is than the straight line. */
    public static final String DETOUR = "reach.detour-factor";
    /** Candidate pairs judged per batch: memory holds one batch of pairs and what the rules made of it. */
    static final int BATCH = 20_000;

    private static final Set<String> PLACEHOLDERS = Set.of("offerActor", "demandActor", "offered", "demanded",
            "offerQuantity", "demandQuantity", "quantity", "distance", "preparation", "coverage", "ratio", "mode",
            "reach", "route", "months", "density", "threshold", "saving", "transport", "valueToCost", "use",
            "fedAnimals", "theme", "count", "members", "radius", "where", "total",
            // the values rules of feasibility pass
            "temperature", "needed", "minimum", "maximum", "power", "moisture", "accepted", "grade", "wanted",
            "offeredFrom", "offeredTo", "wantedFrom", "wantedTo", "category", "approved", "condition", "source");

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
        return Set.of("exchange", "sharing", "pooling", "refuse", "reach", "condition");
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(Candidate.class, Matching.class, Economics.class, Offer.class, Demand.class, FlowFact.class,
                Accepts.class, IsA.class, PoolingTheme.class, PoolMember.class, PoolGroup.class, Findings.class,
                Proposal.class, GroupProposal.class, Verdicts.class, Refusal.class, WithinReach.class,
                Condition.class, FeasibilityTables.class, FeasibilitySettings.class, AbpUse.class, FeedRule.class,
                OrganicInput.class, Permission.class, Reason.class);
    }

    @Override
    public void run(StageContext context) {
        Territory territory = context.territory();
        ResourceTaxonomy taxonomy = context.taxonomy();
        Problems warnings = context.problems();
        Knowledge knowledge = context.knowledge();
        List<Accepts> accepts = context.get(CompatibilityStage.ACCEPTS);
        Map<String, ResourceReach> reaches = context.get(CompatibilityStage.REACHES);
        FeasibilityTables tables = new FeasibilityTables(knowledge.rows(AbpUseTable.TABLE),
                knowledge.rows(AbpDefaultTable.TABLE), knowledge.rows(FeedRuleTable.TABLE),
                knowledge.rows(OrganicInputTable.TABLE), knowledge.rows(SpeciesTable.TABLE), taxonomy);

        Map<String, GeoPoint> places = placeActors(territory, warnings);
        double maxAbsLatitude = Math.min(85, places.values().stream().mapToDouble(p -> Math.abs(p.latitude()))
                .max().orElse(45) + 1);
        List<PoolingTheme> themes = knowledge.rows(PoolingThemeTable.TABLE);
        Map<String, Map<String, String>> groups = PoolingGroups.of(territory, taxonomy, themes, places,
                maxAbsLatitude);

        Map<String, Double> yearly = new HashMap<>();
        List<Offer> offers = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        Set<String> demanded = new TreeSet<>();
        Map<String, Actor> actors = territory.actorsById();
        for (Flow flow : territory.flows()) {
            Actor actor = actors.get(flow.actorId());
            Resource resource = taxonomy.get(flow.resourceId());
            Set<String> lineage = new HashSet<>(taxonomy.ancestors(resource.id()));
            lineage.add(resource.id());
            AbpDefault usual = tables.abpDefault(resource.id());
            FlowFact.Builder b = new FlowFact.Builder()
                    .flow(flow.id(), actor.id(), actor.name(), actor.kind(), actor.zone())
                    .activity(actor.activity())
                    .attributes(flow.attributes(), actor.attributes())
                    .resource(resource.id(), new LocalizedText(resource.labelFr(), resource.labelEn()),
                            resource.kind(), flow.hazardous() || resource.hazardous())
                    .lineage(lineage)
                    .classified(usual == null ? null : usual.category(),
                            tables.speciesGroup(Attribute.SPECIES.in(flow.attributes())))
                    .quantity(yearly(flow, resource, warnings, yearly), resource.defaultUnit().symbol(),
                            flow.quantity() == null || flow.quantity().isRate())
                    .cost(costPerDefaultUnit(flow, resource))
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

        Economics.Inputs inputs = new Economics.Inputs(new Prices(knowledge.rows(PriceTable.TABLE), taxonomy),
                knowledge.rows(TransportTable.TABLE), knowledge.rows(PipeTable.TABLE),
                context.parameters().number(DETOUR));
        long indexStart = System.nanoTime();
        CandidateIndex.Result found = CandidateIndex.candidates(offers, demands, accepts,
                (int) context.parameters().whole(CANDIDATES_PER_FLOW), inputs, context.parameters().threads());

        LOG.info("detection: {} offers, {} demands, {} candidate pairs ({} partners beyond) found in {} ms",
                offers.size(), demands.size(), found.candidates().size(), found.beyondByFlow().values().stream()
                        .mapToInt(Integer::intValue).sum(), (System.nanoTime() - indexStart) / 1_000_000);
        List<Object> facts = new ArrayList<>();
        facts.addAll(offers);
        facts.addAll(demands);
        facts.addAll(accepts);
        for (String resource : demanded) {
            List<String> ancestors = taxonomy.ancestors(resource);
            for (int i = 0; i < ancestors.size(); i++) {
                facts.add(new IsA(resource, ancestors.get(i), i + 1));
            }
            facts.add(new IsA(resource, resource, 0));
        }
        facts.addAll(themes);
        facts.add(tables);
        facts.add(new FeasibilitySettings(context.parameters().number(FeasibilitySettings.HEAT_MIN_POWER)));

        Verdicts.Collected collected = new Verdicts.Collected(context.parameters().threads());
        context.fire(facts, batches(found.candidates()), List.of(Proposal.class, GroupProposal.class, Refusal.class,
                WithinReach.class, Condition.class), Verdicts.Collected::judge, collected::add);
        long collectStart = System.nanoTime();
        context.put(Results.FINDINGS, collected.findings());
        context.put(Results.REFUSED, collected.refused());
        LOG.info("detection: verdicts sorted in {} ms, {} ms in all putting them together", (System.nanoTime()
                - collectStart) / 1_000_000, collected.millis() + (System.nanoTime() - collectStart) / 1_000_000);
        context.put(Results.BEYOND, Map.copyOf(found.beyondByFlow()));
        context.put(Results.YEARLY, Map.copyOf(yearly));
        Map<String, FlowFact> byId = new HashMap<>();
        offers.forEach(o -> byId.put(o.getId(), o));
        demands.forEach(d -> byId.put(d.getId(), d));
        context.put(Results.FLOW_FACTS, Map.copyOf(byId));
    }

    /** The candidates in batches of {@link #BATCH}, in the index's order. */
    private static List<List<Candidate>> batches(List<Candidate> candidates) {
        List<List<Candidate>> batches = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i += BATCH) {
            batches.add(candidates.subList(i, Math.min(candidates.size(), i + BATCH)));
        }
        return batches;
    }

    /** The declared cost per unit of the flow's quantity, per unit of the resource's default unit; or null. */
    private static Double costPerDefaultUnit(Flow flow, Resource resource) {
        if (flow.costPerUnit() == null || flow.quantity() == null) {
            return null;
        }
        try {
            return flow.costPerUnit() * resource.defaultUnit().convert(1, flow.quantity().unit());
        } catch (UnitException e) {
            return null;
        }
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
    private static Double yearly(Flow flow, Resource resource, Problems warnings, Map<String, Double> published) {
        if (flow.quantity() == null) {
            return null;
        }
        try {
            double quantity = flow.quantity().annualIn(resource.defaultUnit());
            published.put(flow.id(), quantity);
            return quantity;
        } catch (UnitException e) {
            warnings.warning(RulesMessages.MESSAGES, "engine.unit-not-convertible", Location.NOWHERE,
                    "flow " + flow.id(), flow.quantity().unit().symbol(), resource.id(),
                    resource.defaultUnit().symbol());
            return null;
        }
    }
}
