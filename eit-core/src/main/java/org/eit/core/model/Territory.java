package org.eit.core.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A territory under study: its actors and their flows, with the settings of the study.
 *
 * @param name       the territory's name
 * @param language   the language reports are written in
 * @param currency   ISO 4217 code of the money figures ({@code EUR})
 * @param parameters overrides of the engine's parameters ({@code transport.modes = pipe,truck}), sorted by key
 * @param actors     the actors, ids unique
 * @param flows      the flows, ids unique, each of a listed actor
 * @param toClassify flows no resource fits well enough yet: listed, not matched (ids unique among all flows)
 */
public record Territory(String name, Language language, String currency, Map<String, String> parameters,
                        List<Actor> actors, List<Flow> flows, List<FlowToClassify> toClassify,
                        List<Observation> observations) {

    public Territory {
        Actor.requireText(name, "Territory.name");
        Objects.requireNonNull(language, "Territory.language");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Territory.currency must be an ISO 4217 code such as EUR, was "
                    + currency);
        }
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
        toClassify = List.copyOf(toClassify);
        observations = List.copyOf(observations);
        Set<String> actorIds = new HashSet<>();
        for (Actor actor : actors) {
            if (!actorIds.add(actor.id())) {
                throw new IllegalArgumentException("Territory.actors: duplicate id '" + actor.id() + "'");
            }
        }
        Set<String> flowIds = new HashSet<>();
        for (Flow flow : flows) {
            if (!flowIds.add(flow.id())) {
                throw new IllegalArgumentException("Territory.flows: duplicate id '" + flow.id() + "'");
            }
            if (!actorIds.contains(flow.actorId())) {
                throw new IllegalArgumentException("Territory.flows: flow '" + flow.id() + "' names unknown actor '"
                        + flow.actorId() + "'");
            }
        }
        for (FlowToClassify flow : toClassify) {
            if (!flowIds.add(flow.id())) {
                throw new IllegalArgumentException("Territory.toClassify: duplicate id '" + flow.id() + "'");
            }
            if (!actorIds.contains(flow.actorId())) {
                throw new IllegalArgumentException("Territory.toClassify: flow '" + flow.id()
                        + "' names unknown actor '" + flow.actorId() + "'");
            }
        }
        Set<String> observationIds = new HashSet<>();
        for (Observation o : observations) {
            if (!observationIds.add(o.id())) {
                throw new IllegalArgumentException("Territory.observations: duplicate id '" + o.id() + "'");
            }
            if (o.actorId() != null && !actorIds.contains(o.actorId())) {
                throw new IllegalArgumentException("Territory.observations: observation '" + o.id()
                        + "' names unknown actor '" + o.actorId() + "'");
            }
        }
    }

    /** A territory with flows set aside to classify, and no observation. */
    public Territory(String name, Language language, String currency, Map<String, String> parameters,
                     List<Actor> actors, List<Flow> flows, List<FlowToClassify> toClassify) {
        this(name, language, currency, parameters, actors, flows, toClassify, List.of());
    }

    /** The same territory with these observations. */
    public Territory withObservations(List<Observation> noted) {
        return new Territory(name, language, currency, parameters, actors, flows, toClassify, noted);
    }

    /** A territory whose every flow is classified. */
    public Territory(String name, Language language, String currency, Map<String, String> parameters,
                     List<Actor> actors, List<Flow> flows) {
        this(name, language, currency, parameters, actors, flows, List.of());
    }

    /** A builder for a territory: {@code Territory.builder("PETR du Val").actor(a).flow(f).build()}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link Territory}; French by default, in euros; the record's constructor validates it. */
    public static final class Builder {
        private final String name;
        private Language language = Language.FR;
        private String currency = "EUR";
        private final Map<String, String> parameters = new TreeMap<>();
        private final List<Actor> actors = new java.util.ArrayList<>();
        private final List<Flow> flows = new java.util.ArrayList<>();
        private final List<Observation> observations = new java.util.ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The language reports are written in. */
        public Builder language(Language reports) {
            this.language = reports;
            return this;
        }

        /** ISO 4217 code of money figures. */
        public Builder currency(String code) {
            this.currency = code;
            return this;
        }

        /** Overrides one of the engine's parameters ({@code transport.modes}, {@code pipe,truck,ship}). */
        public Builder parameter(String key, String value) {
            parameters.put(key, value);
            return this;
        }

        public Builder actor(Actor actor) {
            actors.add(actor);
            return this;
        }

        public Builder flow(Flow flow) {
            flows.add(flow);
            return this;
        }

        /** What an interview or a meeting revealed. */
        public Builder observation(Observation observation) {
            observations.add(observation);
            return this;
        }

        public Territory build() {
            return new Territory(name, language, currency, parameters, actors, flows, List.of(), observations);
        }
    }

    /** The actor {@code id}, if listed. */
    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Actors by id, for lookups in loops. */
    public Map<String, Actor> actorsById() {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    public Optional<String> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }
}
