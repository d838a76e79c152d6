package org.eit.rules.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Indicator;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.NetworkAssessment;
import org.eit.core.api.SynergyKind;
import org.eit.core.internal.activity.ActivityNomenclature;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Flow;
import org.eit.core.model.Language;
import org.eit.core.model.Observation;
import org.eit.rules.allocation.AllocationResult;
import org.eit.rules.allocation.AllocationStage;
import org.eit.rules.explain.Amount;
import org.eit.rules.explain.PhraseBook;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.ObservationFact;
import org.eit.rules.facts.Offer;
import org.eit.rules.gains.GainSheet;
import org.eit.rules.gains.GainsStage;
import org.eit.rules.spi.ResultKey;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * The territorial indicators: the engine computes those every diagnostic has (actors by kind and sector, data
 * coverage, offers without an outlet, synergies by kind and value, concentration, dependence on one actor, the 3-2
 * heuristic, the cooperation figures of the ELIPSE framework the data allows), then the rules of
 * {@code indicators.drl} and a territory's own add theirs, or replace one by giving its id. Publishes
 * {@link Results#INDICATORS}: the engine's in a fixed reading order (actors, data, offers, synergies, gains, network,
 * cooperation), then those rules add, by id.
 */
public final class IndicatorsStage implements Stage {
    public static final String NAME = "indicators";
    /** The id of what the engine computed, as the rule of its indicators. */
    public static final String ENGINE = "indicators: computed by the engine";
    /** The indicators' labels, and the actor kinds' names in the plural. */
    public static final PhraseBook PHRASES = PhraseBook.of(IndicatorsStage.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(ActorProfile.class, Indicator.class, Indicators.class, RuleIndicator.class, Finding.class, FlowFact.class,
                Offer.class, org.eit.rules.facts.Demand.class, ObservationFact.class, ActorKind.class,
                SynergyKind.class);
    }

    @Override
    public void run(StageContext context) {
        List<Finding> retained = retained(context);
        Map<String, Integer> involvement = Map.copyOf(countInvolvement(context));
        List<ObservationFact> observations = List.copyOf(makeObservations(context, involvement));
        context.put(INVOLVEMENT, involvement);
        context.put(OBSERVATIONS, observations);
        List<ActorProfile> profiles = profiles(context, involvement);
        // In the order a reader goes through them (actors, data, offers, synergies, gains, network, cooperation);
        // what rules add comes after, by id.
        Map<String, Indicator> computed = new java.util.LinkedHashMap<>();
        for (Indicator i : computed(context, profiles, retained, involvement)) {
            computed.put(i.id(), i);
        }
        List<Object> facts = new ArrayList<>(profiles);
        facts.addAll(computed.values());
        facts.addAll(retained);
        facts.addAll(context.find(Results.FLOW_FACTS).orElse(Map.of()).values());
        facts.addAll(observations);
        Map<String, Indicator> all = new java.util.LinkedHashMap<>(computed);
        Map<String, RuleIndicator> made = new TreeMap<>();
        for (Object result : context.fire(facts, List.of(RuleIndicator.class))) {
            RuleIndicator r = (RuleIndicator) result;
            // A territory's rule wins over a shipped one; among equals, the first rule by name, for stable output.
            made.merge(r.indicator().id(), r, (a, b) -> a.shipped() != b.shipped() ? (a.shipped() ? b : a)
                    : a.indicator().rule().compareTo(b.indicator().rule()) <= 0 ? a : b);
        }
        made.values().forEach(r -> all.put(r.indicator().id(), r.indicator()));
        context.put(Results.INDICATORS, List.copyOf(all.values()));
    }

    /** The synergies the diagnostic counts: those the allocation retained, or all findings without it. */
    public static List<Finding> retained(StageContext context) {
        return context.find(Results.RETAINED).or(() -> context.find(Results.FINDINGS)).orElse(List.of());
    }

    /** How many retained synergies each actor takes part in, published for the stages after this one. */
    public static final ResultKey<Map<String, Integer>> INVOLVEMENT = ResultKey.of("indicators.involvement",
            Map.class);
    /** The observations as the diagnostic's rules see them, published for the stages after this one. */
    public static final ResultKey<List<ObservationFact>> OBSERVATIONS = ResultKey.of("indicators.observations",
            List.class);

    /**
     * How many retained synergies between different actors each actor takes part in; absent when none. Counted once,
     * by this stage; counted here when it is switched off.
     */
    public static Map<String, Integer> involvement(StageContext context) {
        return context.find(INVOLVEMENT).orElseGet(() -> countInvolvement(context));
    }

    private static Map<String, Integer> countInvolvement(StageContext context) {
        Map<String, Integer> involvement = new HashMap<>();
        for (Finding f : retained(context)) {
            if (!f.internal()) {
                f.actors().stream().distinct().forEach(a -> involvement.merge(a, 1, Integer::sum));
            }
        }
        return involvement;
    }

    /** The observations as the rules of the diagnostic see them (made once, by this stage, like the involvement). */
    public static List<ObservationFact> observations(StageContext context) {
        return context.find(OBSERVATIONS).orElseGet(() -> makeObservations(context, involvement(context)));
    }

    private static List<ObservationFact> makeObservations(StageContext context, Map<String, Integer> involvement) {
        Map<String, Actor> actors = context.territory().actorsById();
        List<ObservationFact> facts = new ArrayList<>();
        for (Observation o : context.territory().observations()) {
            Actor a = o.actorId() == null ? null : actors.get(o.actorId());
            facts.add(ObservationFact.of(o, a == null ? null : a.name(), a == null ? null : a.kind(),
                    a == null ? 0 : involvement.getOrDefault(a.id(), 0)));
        }
        return facts;
    }

    private static List<ActorProfile> profiles(StageContext context, Map<String, Integer> involvement) {
        Map<String, int[]> data = new HashMap<>();
        for (Flow flow : context.territory().flows()) {
            int[] counts = data.computeIfAbsent(flow.actorId(), k -> new int[2]);
            counts[flow.source() == org.eit.core.model.DataSource.ESTIMATED ? 1 : 0]++;
        }
        List<ActorProfile> profiles = new ArrayList<>();
        for (Actor a : context.territory().actors()) {
            int[] counts = data.getOrDefault(a.id(), new int[2]);
            profiles.add(new ActorProfile(a.id(), a.name(), a.kind(), a.activity(),
                    a.activity() == null ? null : ActivityNomenclature.sectionOf(a.activity()).orElse(null),
                    a.employees(), a.zone(), counts[0], counts[1], involvement.getOrDefault(a.id(), 0)));
        }
        return profiles;
    }

    private static List<Indicator> computed(StageContext context, List<ActorProfile> actors, List<Finding> retained,
                                            Map<String, Integer> involvement) {
        List<Indicator> out = new ArrayList<>();
        String currency = context.territory().currency();
        out.add(of("actors.total", actors.size(), "actors", "actors of actors.csv"));
        Map<ActorKind, Integer> byKind = new TreeMap<>();
        Map<String, Integer> bySection = new TreeMap<>();
        int employees = 0;
        for (ActorProfile a : actors) {
            byKind.merge(a.kind(), 1, Integer::sum);
            if (a.section() != null) {
                bySection.merge(a.section(), 1, Integer::sum);
            }
            employees += a.employees() == null ? 0 : a.employees();
        }
        byKind.forEach((kind, n) -> out.add(of("actors.kind." + kind.id(), n, "actors",
                "actors of kind " + kind.id(), "kind", kind)));
        bySection.forEach((section, n) -> out.add(of("actors.section." + section, n, "actors",
                "actors whose activity code is in NACE section " + section, "section",
                new LocalizedText(section, section))));
        out.add(of("actors.employees", employees, "employees", "sum of the actors' declared headcounts"));

        // Data coverage: what the study knows first-hand, against what it assumed.
        List<Flow> flows = context.territory().flows();
        long declared = flows.stream().filter(f -> f.source() != org.eit.core.model.DataSource.ESTIMATED).count();
        long measured = flows.stream().filter(f -> f.source() == org.eit.core.model.DataSource.MEASURED).count();
        out.add(of("flows.total", flows.size(), "flows", "flows of flows.csv, estimated ones included"));
        out.add(of("flows.declared-share", Indicators.share(declared, flows.size()), "%",
                declared + " declared or measured flows / " + flows.size() + " flows"));
        out.add(of("flows.measured-share", Indicators.share(measured, flows.size()), "%",
                measured + " measured flows / " + flows.size() + " flows"));
        out.add(of("flows.to-classify", context.territory().toClassify().size(), "flows",
                "flows no resource of the taxonomy fits yet"));
        long firms = actors.stream().filter(a -> a.kind() == ActorKind.COMPANY || a.kind() == ActorKind.FARM)
                .count();
        long firmsWithData = actors.stream().filter(a -> (a.kind() == ActorKind.COMPANY
                || a.kind() == ActorKind.FARM) && a.hasData()).count();
        out.add(of("actors.with-data-share", Indicators.share(firmsWithData, firms), "%",
                firmsWithData + " companies and farms with a declared flow / " + firms));

        // What is offered and goes nowhere: the material offers and the heat no retained synergy uses.
        AllocationResult allocation = context.find(AllocationStage.ALLOCATION).orElse(null);
        double tonnes = 0;
        double heat = 0;
        int tonnesFlows = 0;
        int heatFlows = 0;
        for (FlowFact f : context.find(Results.FLOW_FACTS).orElse(Map.of()).values()) {
            if (!(f instanceof Offer) || f.getQuantity() == null || f.isRate() || f.isEstimated()) {
                continue;
            }
            double used = allocation == null ? 0 : allocation.allocated().getOrDefault(f.getId(), 0.0);
            double left = Math.max(0, f.getQuantity() - used);
            if (left <= 0) {
                continue;
            }
            if ("t".equals(f.getUnit())) {
                tonnes += left;
                tonnesFlows++;
            } else if ("MWh".equals(f.getUnit()) && f.isA("heat")) {
                heat += left;
                heatFlows++;
            }
        }
        out.add(of("offers.unused-tonnage", tonnes, "t/yr", "declared offers in tonnes, less what the retained "
                + "synergies use, over " + tonnesFlows + " flows"));
        out.add(of("offers.unused-heat", heat, "MWh/yr", "declared heat offers, less what the retained synergies "
                + "use, over " + heatFlows + " flows"));

        // The synergies, by kind and value (potential: none is confirmed before interviews).
        Map<String, Gains> gains = context.find(GainsStage.GAINS).orElse(Map.of());
        int substitutions = 0;
        int poolings = 0;
        int internal = 0;
        int existing = 0;
        int estimated = 0;
        int conditional = 0;
        int uneconomic = 0;
        double substitutionValue = 0;
        double poolingValue = 0;
        for (Finding f : retained) {
            if (f.internal()) {
                internal++;
                continue;
            }
            double net = net(gains.get(f.key()));
            if (f.kind() == SynergyKind.POOLING) {
                poolings++;
                poolingValue += net;
            } else {
                substitutions++;
                substitutionValue += net;
            }
            existing += f.existing() ? 1 : 0;
            estimated += f.estimated() ? 1 : 0;
            conditional += f.conditions().isEmpty() ? 0 : 1;
            Gains g = gains.get(f.key());
            uneconomic += g != null && g.uneconomic() ? 1 : 0;
        }
        int between = substitutions + poolings;
        out.add(of("synergies.substitution", substitutions, "synergies", "retained substitution synergies "
                + "between different actors (potential)"));
        out.add(of("synergies.pooling", poolings, "synergies", "retained pooling synergies (potential)"));
        out.add(of("synergies.internal", internal, "synergies", "internal loops: an actor's output that its own "
                + "input could take"));
        out.add(of("synergies.existing", existing, "synergies", "retained synergies a flow says exist today"));
        out.add(of("synergies.estimated", estimated, "synergies", "retained synergies resting on an estimated "
                + "flow"));
        out.add(of("synergies.conditional-share", Indicators.share(conditional, between), "%",
                conditional + " synergies with a regulatory or technical condition / " + between));
        out.add(of("synergies.uneconomic", uneconomic, "synergies", "retained synergies whose central net gain "
                + "is below zero"));
        out.add(of("synergies.value-substitution", substitutionValue, currency + "/yr",
                "sum of the central net gains of the substitution synergies"));
        out.add(of("synergies.value-pooling", poolingValue, currency + "/yr",
                "sum of the central net gains of the pooling synergies"));
        Gains totals = context.find(GainsStage.TOTALS).orElse(Gains.NONE);
        for (String figure : List.of(GainSheet.NET, "ghg-avoided", "diverted", "energy-saved", "water-saved",
                "jobs")) {
            totals.find(figure).ifPresent(g -> out.add(new Indicator("gains." + figure, g.label(), g.central(),
                    g.unit(), null, g.formula() + " (central value; range " + Amount.number(Amount.rounded(g.low()))
                    + " to " + Amount.number(Amount.rounded(g.high())) + ")", ENGINE)));
        }

        // Concentration and dependence: how much of the network rests on one zone or one actor.
        Map<String, Actor> byId = context.territory().actorsById();
        Map<String, Integer> byZone = new TreeMap<>();
        involvement.keySet().forEach(a -> {
            String zone = byId.get(a).zone();
            byZone.merge(zone == null ? "?" : zone, 1, Integer::sum);
        });
        if (!byZone.isEmpty()) {
            Map.Entry<String, Integer> top = byZone.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            java.util.Comparator.reverseOrder()))).orElseThrow();
            out.add(of("zones.top-share", Indicators.share(top.getValue(), involvement.size()), "%",
                    top.getValue() + " of the " + involvement.size() + " involved actors are in zone "
                            + top.getKey(), "zone", new LocalizedText(top.getKey(), top.getKey())));
        }
        if (between > 0) {
            Map.Entry<String, Integer> hub = involvement.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            java.util.Comparator.reverseOrder()))).orElseThrow();
            String name = byId.get(hub.getKey()).name();
            out.add(of("network.top-actor-share", Indicators.share(hub.getValue(), between), "%",
                    name + " (" + hub.getKey() + ") takes part in " + hub.getValue() + " of the " + between
                            + " synergies", "actor", new LocalizedText(name, name)));
        }
        NetworkAssessment network = context.find(Results.NETWORK).orElse(null);
        if (network != null) {
            out.add(of("network.three-two", network.met() ? 1 : 0, "", "Chertow's 3-2 heuristic on the potential "
                    + "synergies: " + network.entities().size() + " entities, " + network.resources().size()
                    + " resources (1: holds, 0: not yet)"));
        }

        // ELIPSE's multi-actor cooperation axis, as far as a diagnostic's data goes.
        Set<ActorKind> kinds = new TreeSet<>();
        int publicInvolved = 0;
        for (String a : involvement.keySet()) {
            kinds.add(byId.get(a).kind());
            ActorKind k = byId.get(a).kind();
            publicInvolved += k == ActorKind.PUBLIC_BODY || k == ActorKind.UTILITY ? 1 : 0;
        }
        out.add(of("cooperation.actors-involved", involvement.size(), "actors", "actors in at least one retained "
                + "synergy with another actor (ELIPSE: multi-actor cooperation)"));
        out.add(of("cooperation.actors-involved-share", Indicators.share(involvement.size(), actors.size()), "%",
                involvement.size() + " involved actors / " + actors.size() + " actors"));
        out.add(of("cooperation.kinds-involved", kinds.size(), "kinds", "kinds of actors among the involved ("
                + String.join(", ", kinds.stream().map(ActorKind::id).toList()) + ")"));
        out.add(of("cooperation.public-share", Indicators.share(publicInvolved, involvement.size()), "%",
                publicInvolved + " public bodies and utilities / " + involvement.size() + " involved actors"));
        out.add(of("observations.total", context.territory().observations().size(), "observations",
                "lines of observations.csv"));
        return out;
    }

    private static double net(Gains g) {
        return g == null ? 0 : g.find(GainSheet.NET).map(GainFigure::central).orElse(0.0);
    }

    private static Indicator of(String id, Number value, String unit, String basis, Object... namesAndValues) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            vars.put((String) namesAndValues[i], namesAndValues[i + 1] instanceof ActorKind kind
                    ? new LocalizedText(PHRASES.pattern("kind." + kind.id(), Language.FR),
                            PHRASES.pattern("kind." + kind.id(), Language.EN)) : namesAndValues[i + 1]);
        }
        String key = "indicator." + id.replaceAll("\\.(kind|section)\\..*", ".$1");
        LocalizedText label = Sentences.render(new LocalizedText(PHRASES.pattern(key, Language.FR),
                PHRASES.pattern(key, Language.EN)), vars);
        Object subject = vars.containsKey("zone") ? vars.get("zone") : vars.get("actor");
        return new Indicator(id, label, value == null ? null : value.doubleValue(), unit,
                subject instanceof LocalizedText t ? t.en() : null, basis, ENGINE);
    }
}
