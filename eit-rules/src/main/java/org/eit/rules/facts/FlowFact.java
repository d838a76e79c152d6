package org.eit.rules.facts;

import java.util.Map;
import java.util.Objects;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.resource.ResourceKind;

/**
 * What the rules know of one flow: its actor, resource, yearly quantity in the resource's unit, quality and place.
 * {@link Offer} and {@link Demand} are the two kinds; rule authors match on those.
 */
public abstract class FlowFact {
    private final String id;
    private final String actor;
    private final String actorName;
    private final ActorKind actorKind;
    private final String actorActivity;
    private final String zone;
    private final String resource;
    private final LocalizedText resourceLabel;
    private final ResourceKind resourceKind;
    private final boolean hazardous;
    private final Double quantity;
    private final String unit;
    private final boolean rate;
    private final Double temperatureC;
    private final DataSource source;
    private final Confidence confidence;
    private final GeoPoint location;
    private final boolean placedByZone;
    private final Map<String, String> groups;

    protected FlowFact(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.actor = Objects.requireNonNull(b.actor);
        this.actorName = b.actorName;
        this.actorKind = b.actorKind;
        this.actorActivity = b.actorActivity;
        this.zone = b.zone;
        this.resource = Objects.requireNonNull(b.resource);
        this.resourceLabel = b.resourceLabel;
        this.resourceKind = b.resourceKind;
        this.hazardous = b.hazardous;
        this.quantity = b.quantity;
        this.unit = b.unit;
        this.rate = b.rate;
        this.temperatureC = b.temperatureC;
        this.source = b.source;
        this.confidence = b.confidence;
        this.location = b.location;
        this.placedByZone = b.placedByZone;
        this.groups = Map.copyOf(b.groups);
    }

    /** The flow's id. */
    public String getId() {
        return id;
    }

    /** The actor's id. */
    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    /** The actor's NAF rév. 2 / NACE Rev. 2 activity code ({@code 11.01Z}), or null. */
    public String getActorActivity() {
        return actorActivity;
    }

    /** The business park or commune, or null. */
    public String getZone() {
        return zone;
    }

    /** The resource id. */
    public String getResource() {
        return resource;
    }

    public LocalizedText getResourceLabel() {
        return resourceLabel;
    }

    public ResourceKind getResourceKind() {
        return resourceKind;
    }

    /** True for equipment, services, land, staff and logistics: sharing rather than moving matter. */
    public boolean isShared() {
        return resourceKind.isShared();
    }

    public boolean isHazardous() {
        return hazardous;
    }

    /** The quantity per year in {@link #getUnit()}, or null when the flow is not sized. */
    public Double getQuantity() {
        return quantity;
    }

    /** The resource's default unit, in which {@link #getQuantity()} is given. */
    public String getUnit() {
        return unit;
    }

    /** True for a flow per period (given per year here); false for a capacity or stock (a forklift, 2 ha). */
    public boolean isRate() {
        return rate;
    }

    /** Temperature offered, or minimum temperature needed, or null. */
    public Double getTemperatureC() {
        return temperatureC;
    }

    public DataSource getSource() {
        return source;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    /** The position used for distances, or null when the actor cannot be placed. */
    public GeoPoint getLocation() {
        return location;
    }

    /** True when the actor had no coordinates and was placed at the centre of its zone. */
    public boolean isPlacedByZone() {
        return placedByZone;
    }

    /**
     * Great-circle distance to {@code other} in km; 0 between two unplaced actors of the same zone, infinite when it
     * cannot be known.
     */
    public double distanceTo(FlowFact other) {
        if (location != null && other.location != null) {
            return location.distanceKm(other.location);
        }
        if (zone != null && zone.equals(other.zone)) {
            return 0;
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The group this demand pools with in {@code theme}: the demands of the theme (of the same resource, for
     * themes pooled by resource) whose actors are in one zone or within the theme's radius of each other, one
     * neighbour to the next. The demand's own actor when it has no such neighbour.
     */
    public String groupIn(String theme) {
        String group = groups.get(theme);
        return group == null ? theme + ":" + actor : group;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + " " + actor + " " + resource + "]";
    }

    /** Collects a flow fact's fields; the fact builder fills it. */
    public static final class Builder {
        String id;
        String actor;
        String actorName;
        ActorKind actorKind;
        String actorActivity;
        String zone;
        String resource;
        LocalizedText resourceLabel;
        ResourceKind resourceKind;
        boolean hazardous;
        Double quantity;
        String unit;
        boolean rate = true;
        Double temperatureC;
        DataSource source;
        Confidence confidence;
        GeoPoint location;
        boolean placedByZone;
        Map<String, String> groups = Map.of();

        public Builder flow(String flowId, String actorId, String name, ActorKind kind, String actorZone) {
            this.id = flowId;
            this.actor = actorId;
            this.actorName = name;
            this.actorKind = kind;
            this.zone = actorZone;
            return this;
        }

        public Builder activity(String code) {
            this.actorActivity = code;
            return this;
        }

        public Builder resource(String resourceId, LocalizedText label, ResourceKind kind, boolean isHazardous) {
            this.resource = resourceId;
            this.resourceLabel = label;
            this.resourceKind = kind;
            this.hazardous = isHazardous;
            return this;
        }

        public Builder quantity(Double yearly, String unitSymbol, boolean perPeriod) {
            this.quantity = yearly;
            this.unit = unitSymbol;
            this.rate = perPeriod;
            return this;
        }

        public Builder quality(Double temperature, DataSource dataSource, Confidence trust) {
            this.temperatureC = temperature;
            this.source = dataSource;
            this.confidence = trust;
            return this;
        }

        public Builder place(GeoPoint point, boolean byZone, Map<String, String> proximity) {
            this.location = point;
            this.placedByZone = byZone;
            this.groups = proximity;
            return this;
        }
    }
}
