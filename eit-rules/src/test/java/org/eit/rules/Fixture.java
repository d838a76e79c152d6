package org.eit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.api.SourceFile;
import org.eit.core.api.Synergy;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Attribute;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Language;
import org.eit.core.model.Observation;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.FlowQuantity;
import org.eit.core.unit.Period;
import org.eit.core.unit.Units;

/** A small territory built in code, for rule tests: a few facts in, the diagnostic out. */
public final class Fixture {
    /** One engine for all tests: the rule base is compiled once and cached. */
    public static final EitEngine ENGINE = Eit.engine().build();
    /** About 1 km in latitude. */
    public static final double KM = 1 / 111.2;
    public static final double LAT = 46.5;
    public static final double LON = 3.2;

    private final List<Actor> actors = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final List<SourceFile> rules = new ArrayList<>();
    private final List<SourceFile> knowledge = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();

    /** An actor {@code northKm} north of the reference point, in {@code zone}. */
    public Fixture actor(String id, double northKm, String zone) {
        return actor(id, ActorKind.COMPANY, northKm, zone);
    }

    public Fixture actor(String id, ActorKind kind, double northKm, String zone) {
        actors.add(new Actor(id, "Actor " + id, kind, null, 10, new GeoPoint(LAT + northKm * KM, LON), zone));
        return this;
    }

    public Fixture offer(String id, String actor, String resource, double perYear) {
        return flow(id, actor, Direction.OFFER, resource, perYear, null, false);
    }

    public Fixture demand(String id, String actor, String resource, double perYear) {
        return flow(id, actor, Direction.DEMAND, resource, perYear, null, false);
    }

    public Fixture flow(String id, String actor, Direction direction, String resource, double perYear, Double temperature,
                 boolean hazardous) {
        var r = ResourceTaxonomy.shipped().get(resource);
        // Equipment and land are capacities; matter, energy, services and staff come per year.
        boolean rate = r.kind() != org.eit.core.resource.ResourceKind.EQUIPMENT
                && r.kind() != org.eit.core.resource.ResourceKind.LAND;
        flows.add(new Flow(id, actor, direction, resource, "", new FlowQuantity(perYear, r.defaultUnit(),
                rate ? Period.YEAR : null), temperature, null, DataSource.DECLARED, null,
                hazardous || r.hazardous(), null, ""));
        return this;
    }

    public Fixture estimated(String id) {
        Flow f = flows.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        flows.set(flows.indexOf(f), new Flow(f.id(), f.actorId(), f.direction(), f.resourceId(), f.description(),
                f.quantity(), f.temperatureC(), f.costPerUnit(), DataSource.ESTIMATED, null, f.hazardous(),
                f.wasteCode(), f.notes()));
        return this;
    }

    /** Gives a flow an attribute, written as a user would ({@code 45}, {@code juin-septembre}, {@code 3}). */
    public Fixture attribute(String flowId, Attribute attribute, String value) {
        Flow f = flow(flowId);
        Map<String, String> attributes = new TreeMap<>(f.attributes());
        attributes.put(attribute.column(), canonical(attribute, value));
        flows.set(flows.indexOf(f), new Flow(f.id(), f.actorId(), f.direction(), f.resourceId(), f.description(),
                f.quantity(), f.temperatureC(), f.costPerUnit(), f.source(), f.confidence(), f.hazardous(),
                f.wasteCode(), f.notes(), attributes));
        return this;
    }

    /** Gives an actor an attribute ({@code organic}, {@code abp_approved}...). */
    public Fixture actorAttribute(String actorId, Attribute attribute, String value) {
        Actor a = actors.stream().filter(x -> x.id().equals(actorId)).findFirst().orElseThrow();
        Map<String, String> attributes = new TreeMap<>(a.attributes());
        attributes.put(attribute.column(), canonical(attribute, value));
        actors.set(actors.indexOf(a), new Actor(a.id(), a.name(), a.kind(), a.activity(), a.employees(),
                a.location(), a.zone(), attributes));
        return this;
    }

    /** Takes a flow's quantity away: not known yet. */
    public Fixture unsized(String flowId) {
        Flow f = flow(flowId);
        flows.set(flows.indexOf(f), new Flow(f.id(), f.actorId(), f.direction(), f.resourceId(), f.description(),
                null, f.temperatureC(), f.costPerUnit(), f.source(), f.confidence(), f.hazardous(), f.wasteCode(),
                f.notes(), f.attributes()));
        return this;
    }

    /** What the flow's actor pays per unit of its quantity today (a purchase price, a disposal cost). */
    public Fixture cost(String flowId, double perUnit) {
        Flow f = flow(flowId);
        flows.set(flows.indexOf(f), new Flow(f.id(), f.actorId(), f.direction(), f.resourceId(), f.description(),
                f.quantity(), f.temperatureC(), perUnit, f.source(), f.confidence(), f.hazardous(), f.wasteCode(),
                f.notes(), f.attributes()));
        return this;
    }

    private Flow flow(String id) {
        return flows.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static String canonical(Attribute attribute, String value) {
        return attribute.canonical(value, false).orElseThrow(() -> new IllegalArgumentException(
                attribute.column() + " = " + value));
    }

    public Fixture parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    public Fixture rule(String name, String drl) {
        rules.add(new SourceFile(name, drl));
        return this;
    }

    public Fixture knowledge(String name, String csv) {
        knowledge.add(new SourceFile(name, csv));
        return this;
    }

    /** An observation of the study about {@code actor} (null: the territory), with its tags. */
    public Fixture observation(String id, String actor, String text, String... tags) {
        observations.add(new Observation(id, actor, "test", text, List.of(tags), null, ""));
        return this;
    }

    public Territory territory() {
        return new Territory("Test", Language.EN, "EUR", parameters, actors, flows).withObservations(observations);
    }

    public AnalysisRequest request() {
        return new AnalysisRequest(territory(), ResourceTaxonomy.shipped(), rules, knowledge);
    }

    public Diagnostic analyze() {
        return ENGINE.analyze(request());
    }

    public static List<Synergy> byRule(Diagnostic diagnostic, String rule) {
        return diagnostic.synergies().stream().filter(s -> s.rule().equals(rule)).toList();
    }

    public static String unitOf(String resource) {
        return Units.require(ResourceTaxonomy.shipped().get(resource).defaultUnit().symbol()).symbol();
    }
}
