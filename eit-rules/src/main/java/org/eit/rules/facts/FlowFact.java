package org.eit.rules.facts;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.text.Text;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Attribute;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.resource.ResourceKind;

/**
 * What the rules know of one flow: its actor, resource, yearly quantity in the resource's unit, quality and place.
 * {@link Offer} and {@link Demand} are the two kinds; rule authors match on those.
 */
public abstract class FlowFact {
    private static final Set<Integer> ALL_YEAR = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

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
    private final Double costPerUnit;
    private final DataSource source;
    private final Confidence confidence;
    private final GeoPoint location;
    private final boolean placedByZone;
    private final Map<String, String> groups;
    private final Map<String, String> attributes;
    private final Map<String, String> actorAttributes;
    private final Set<Integer> months;
    private final Set<String> lineage;
    private final Integer abpCategory;
    private final boolean abpCategoryDeclared;
    private final String speciesGroup;

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
        this.costPerUnit = b.costPerUnit;
        this.source = b.source;
        this.confidence = b.confidence;
        this.location = b.location;
        this.placedByZone = b.placedByZone;
        this.groups = Map.copyOf(b.groups);
        this.attributes = Map.copyOf(b.attributes);
        this.actorAttributes = Map.copyOf(b.actorAttributes);
        String written = attributes.get(Attribute.MONTHS.column());
        this.months = written == null ? ALL_YEAR
                : Set.copyOf(Attribute.months(written).orElse(ALL_YEAR));
        this.lineage = b.lineage == null ? Set.of(b.resource) : Set.copyOf(b.lineage);
        String declared = attributes.get(Attribute.ABP_CATEGORY.column());
        this.abpCategoryDeclared = declared != null;
        this.abpCategory = declared != null ? Integer.valueOf(declared) : b.usualAbpCategory;
        this.speciesGroup = b.speciesGroup;
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

    /**
     * What the actor pays today per unit of {@link #getUnit()}: the price a demand buys at, the disposal cost an
     * offer pays (negative when it sells it); null when not declared.
     */
    public Double getCostPerUnit() {
        return costPerUnit;
    }

    public DataSource getSource() {
        return source;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    /** True for a flow estimated from an activity profile rather than declared or measured. */
    public boolean isEstimated() {
        return source == DataSource.ESTIMATED;
    }

    /** The position used for distances, or null when the actor cannot be placed. */
    public GeoPoint getLocation() {
        return location;
    }

    /** True when the actor had no coordinates and was placed at the centre of its zone. */
    public boolean isPlacedByZone() {
        return placedByZone;
    }

    /** The flow's attribute ({@link Attribute#column()}), as written in canonical form, or null. */
    public String attribute(String column) {
        return attributes.get(column);
    }

    /** Water content of the material offered, or the most the demand accepts, in %; null when not given. */
    public Double getMoisturePct() {
        return number(attributes.get(Attribute.MOISTURE_PCT.column()));
    }

    /** A grade or specification (PP homopolymer, A-grade wood), or null. */
    public String getGrade() {
        return attributes.get(Attribute.GRADE.column());
    }

    /** The months the flow is available or needed (1 to 12); every month when not given. */
    public Set<Integer> getMonths() {
        return months;
    }

    /** Whether the flow gives its months (otherwise it runs all year). */
    public boolean isSeasonal() {
        return attributes.containsKey(Attribute.MONTHS.column());
    }

    /** Where an offered waste goes today (landfill, incineration, recycling...), or null. */
    public String getCurrentRoute() {
        return attributes.get(Attribute.CURRENT_ROUTE.column());
    }

    /** The jobs (FTE) the actor says the exchange creates or keeps, or null. */
    public Double getJobsFte() {
        return number(attributes.get(Attribute.JOBS_FTE.column()));
    }

    /** The heat power available or needed, in kW, or null. */
    public Double getPowerKw() {
        return number(attributes.get(Attribute.POWER_KW.column()));
    }

    /** For logistics capacity: where from, as written before the {@code >} of the route, or null. */
    public String getRouteFrom() {
        String route = attributes.get(Attribute.ROUTE.column());
        return route == null || !route.contains(">") ? null : route.substring(0, route.indexOf('>')).trim();
    }

    /** For logistics capacity: where to, as written after the {@code >} of the route, or null. */
    public String getRouteTo() {
        String route = attributes.get(Attribute.ROUTE.column());
        return route == null || !route.contains(">") ? null : route.substring(route.indexOf('>') + 1).trim();
    }

    /**
     * The animal by-product category (1, 2 or 3): the flow's own ({@code abp_category}), else the usual category
     * of its resource ({@code abp-categories.csv}); null for what is not an animal by-product.
     */
    public Integer getAbpCategory() {
        return abpCategory;
    }

    /** Whether the flow gave its animal by-product category itself. */
    public boolean isAbpCategoryDeclared() {
        return abpCategoryDeclared;
    }

    /**
     * The group of {@link #getSpecies()} feed law distinguishes (ruminant, porcine, poultry, fish, pet...; see
     * {@code species.csv}), or null.
     */
    public String getSpeciesGroup() {
        return speciesGroup;
    }

    /** Whether the flow's resource is {@code family} or lies below it in the taxonomy. */
    public boolean isA(String family) {
        return lineage.contains(family);
    }

    /** The animal species a by-product comes from, or a feed is for, or null. */
    public String getSpecies() {
        return attributes.get(Attribute.SPECIES.column());
    }

    /** How the material was treated (limed, digested, dewatered...), or null. */
    public String getTreatment() {
        return attributes.get(Attribute.TREATMENT.column());
    }

    /** The actor that takes the flow today (offer) or supplies it (demand), or null. */
    public String getCurrentPartner() {
        return attributes.get(Attribute.CURRENT_PARTNER.column());
    }

    /** Whether the flow's actor is certified organic. */
    public boolean isActorOrganic() {
        return "true".equals(actorAttributes.get(Attribute.ORGANIC.column()));
    }

    /** The animal by-product categories the actor's plant is approved for, empty when not said. */
    public Set<Integer> getActorAbpApproved() {
        String approved = actorAttributes.get(Attribute.ABP_APPROVED.column());
        if (approved == null) {
            return Set.of();
        }
        Set<Integer> categories = new java.util.TreeSet<>();
        for (String c : approved.split(",")) {
            categories.add(Integer.valueOf(c));
        }
        return categories;
    }

    /** The categories the actor's plant is approved for, as a person writes them: {@code 2, 3}. */
    public String getActorAbpApprovedText() {
        return String.join(", ", getActorAbpApproved().stream().map(String::valueOf).toList());
    }

    /** Whether the actor said whether its plant is approved for animal by-products (and for which). */
    public boolean isActorAbpApprovalKnown() {
        return actorAttributes.containsKey(Attribute.ABP_APPROVED.column());
    }

    /** Whether the actor's digester or composting site is permitted to take sewage sludge. */
    public boolean isActorAcceptsSewageSludge() {
        return "true".equals(actorAttributes.get(Attribute.ACCEPTS_SEWAGE_SLUDGE.column()));
    }

    private static Double number(String text) {
        return text == null ? null : Double.valueOf(text);
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
        Double costPerUnit;
        DataSource source;
        Confidence confidence;
        GeoPoint location;
        boolean placedByZone;
        Map<String, String> groups = Map.of();
        Map<String, String> attributes = Map.of();
        Map<String, String> actorAttributes = Map.of();
        Set<String> lineage;
        Integer usualAbpCategory;
        String speciesGroup;

        /** The resource and every family above it. */
        public Builder lineage(Set<String> resourceAndAncestors) {
            this.lineage = resourceAndAncestors;
            return this;
        }

        /** What the tables say of the flow: its resource's usual by-product category, its species' group. */
        public Builder classified(Integer usualCategory, String group) {
            this.usualAbpCategory = usualCategory;
            this.speciesGroup = group;
            return this;
        }

        /** The flow's and its actor's attributes. */
        public Builder attributes(Map<String, String> flow, Map<String, String> actor) {
            this.attributes = flow;
            this.actorAttributes = actor;
            return this;
        }

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

        /** The declared cost per unit of the resource's default unit, or null. */
        public Builder cost(Double perUnit) {
            this.costPerUnit = perUnit;
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
