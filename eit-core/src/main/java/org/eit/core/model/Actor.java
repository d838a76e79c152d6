package org.eit.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eit.core.geo.GeoPoint;

/**
 * An organisation at a location that offers or needs resources.
 *
 * @param id        stable identifier, unique in the territory ({@code A012}, a SIRET)
 * @param name      as people call it
 * @param kind      company, public body, farm, association, utility, waste operator, partner
 * @param activity  NAF rév. 2 or NACE Rev. 2 code ({@code 10.51C}), or null
 * @param employees headcount, or null when unknown
 * @param location  WGS84 position, or null when unknown (then only its zone places it)
 * @param zone      business park or commune it belongs to, or null
 * @param attributes what the actor says beyond the above, by {@link Attribute#column()}, in canonical form
 *                   (organic certification, approved animal by-product categories...)
 */
public record Actor(String id, String name, ActorKind kind, String activity, Integer employees, GeoPoint location,
                    String zone, Map<String, String> attributes) {

    public Actor {
        requireText(id, "Actor.id");
        requireText(name, "Actor.name");
        Objects.requireNonNull(kind, "Actor.kind");
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("Actor.employees must be >= 0, was " + employees + " (" + id + ")");
        }
        attributes = Actor.sortedAttributes(attributes);
        activity = blankToNull(activity);
        zone = blankToNull(zone);
    }

    /** An actor without attributes. */
    public Actor(String id, String name, ActorKind kind, String activity, Integer employees, GeoPoint location,
                 String zone) {
        this(id, name, kind, activity, employees, location, zone, Map.of());
    }

    /** The attribute's value, or null. */
    public String attribute(Attribute attribute) {
        return attributes.get(attribute.column());
    }

    /** A builder for an actor: {@code Actor.builder("A1", "Sawmill", ActorKind.COMPANY).location(46.5, 3.2).build()}. */
    public static Builder builder(String id, String name, ActorKind kind) {
        return new Builder(id, name, kind);
    }

    /** Builds an {@link Actor}; the record's constructor validates it. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final ActorKind kind;
        private String activity;
        private Integer employees;
        private GeoPoint location;
        private String zone;
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder(String id, String name, ActorKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        /** NAF rév. 2 / NACE Rev. 2 code ({@code 10.51C}). */
        public Builder activity(String code) {
            this.activity = code;
            return this;
        }

        public Builder employees(int headcount) {
            this.employees = headcount;
            return this;
        }

        /** WGS84 decimal degrees. */
        public Builder location(double latitude, double longitude) {
            this.location = new GeoPoint(latitude, longitude);
            return this;
        }

        /** The business park or commune. */
        public Builder zone(String name) {
            this.zone = name;
            return this;
        }

        /** An attribute, written as a user would ({@code oui}, {@code 2,3}). */
        public Builder attribute(Attribute attribute, String value) {
            if (attribute.target() != Attribute.Target.ACTOR) {
                throw new IllegalArgumentException(attribute + " is an attribute of flows");
            }
            attributes.put(attribute.column(), attribute.canonical(value, false).orElseThrow(
                    () -> new IllegalArgumentException("not a value of " + attribute.column() + ": " + value)));
            return this;
        }

        public Actor build() {
            return new Actor(id, name, kind, activity, employees, location, zone, attributes);
        }
    }

    /**
     * {@code attributes} sorted by column, unmodifiable; most actors and flows have none, and a region has millions
     * of them, so those share one empty map.
     */
    static Map<String, String> sortedAttributes(Map<String, String> attributes) {
        return attributes.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
