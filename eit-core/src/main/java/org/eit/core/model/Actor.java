package org.eit.core.model;

import java.util.Objects;
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
 */
public record Actor(String id, String name, ActorKind kind, String activity, Integer employees, GeoPoint location,
                    String zone) {

    public Actor {
        requireText(id, "Actor.id");
        requireText(name, "Actor.name");
        Objects.requireNonNull(kind, "Actor.kind");
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("Actor.employees must be >= 0, was " + employees + " (" + id + ")");
        }
        activity = blankToNull(activity);
        zone = blankToNull(zone);
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
