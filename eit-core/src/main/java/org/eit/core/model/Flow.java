package org.eit.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eit.core.unit.FlowQuantity;
import org.eit.core.unit.Period;
import org.eit.core.unit.Units;

/**
 * Something an actor offers or needs, with how much and where the figure comes from.
 *
 * @param id           stable identifier, unique in the territory
 * @param actorId      the actor that offers or needs it
 * @param direction    offer or demand
 * @param resourceId   the resource of the taxonomy it is (resolved from what the user wrote)
 * @param description  the user's own words, kept as written
 * @param quantity     how much per period, or null when not known yet
 * @param temperatureC for heat, steam and water: the temperature offered, or the minimum temperature needed
 * @param costPerUnit  in the territory's currency per unit of {@code quantity}: what the actor pays today to buy
 *                     the resource (demand) or to dispose of it (offer); null when not known
 * @param source       declared, measured or estimated
 * @param confidence   the user's own judgement of the figure, or null to derive it from {@code source}
 * @param hazardous    true when the offered material is hazardous waste (from the taxonomy or a starred waste code)
 * @param wasteCode    the List of Waste entry ({@code NN NN NN}) the user gave, or null
 * @param notes        free text
 * @param attributes   what the flow says beyond its resource and quantity, by {@link Attribute#column()}, in
 *                     canonical form (moisture, grade, months, animal by-product category...)
 */
public record Flow(String id, String actorId, Direction direction, String resourceId, String description,
                   FlowQuantity quantity, Double temperatureC, Double costPerUnit, DataSource source,
                   Confidence confidence, boolean hazardous, String wasteCode, String notes,
                   Map<String, String> attributes) {

    public Flow {
        Actor.requireText(id, "Flow.id");
        Actor.requireText(actorId, "Flow.actorId");
        Objects.requireNonNull(direction, "Flow.direction");
        Actor.requireText(resourceId, "Flow.resourceId");
        Objects.requireNonNull(source, "Flow.source");
        if (temperatureC != null && !(temperatureC >= -273.15 && temperatureC < 5000)) {
            throw new IllegalArgumentException("Flow.temperatureC is out of range: " + temperatureC + " (" + id + ")");
        }
        if (costPerUnit != null && !Double.isFinite(costPerUnit)) {
            throw new IllegalArgumentException("Flow.costPerUnit must be finite (" + id + ")");
        }
        attributes = Actor.sortedAttributes(attributes);
        description = description == null ? "" : description;
        notes = notes == null ? "" : notes;
        wasteCode = Actor.blankToNull(wasteCode);
    }

    /** A flow without attributes. */
    public Flow(String id, String actorId, Direction direction, String resourceId, String description,
                FlowQuantity quantity, Double temperatureC, Double costPerUnit, DataSource source,
                Confidence confidence, boolean hazardous, String wasteCode, String notes) {
        this(id, actorId, direction, resourceId, description, quantity, temperatureC, costPerUnit, source,
                confidence, hazardous, wasteCode, notes, Map.of());
    }

    /** The attribute's value, or null. */
    public String attribute(Attribute attribute) {
        return attributes.get(attribute.column());
    }

    /** A builder for an offer of {@code resourceId} by {@code actorId}. */
    public static Builder offer(String id, String actorId, String resourceId) {
        return new Builder(id, actorId, Direction.OFFER, resourceId);
    }

    /** A builder for a demand of {@code resourceId} by {@code actorId}. */
    public static Builder demand(String id, String actorId, String resourceId) {
        return new Builder(id, actorId, Direction.DEMAND, resourceId);
    }

    /**
     * Builds a {@link Flow}; the record's constructor validates it. By default a flow is declared, not hazardous
     * (the engine treats a hazardous resource of the taxonomy as hazardous anyway) and has no quantity.
     */
    public static final class Builder {
        private final String id;
        private final String actorId;
        private final Direction direction;
        private final String resourceId;
        private String description = "";
        private FlowQuantity quantity;
        private Double temperatureC;
        private Double costPerUnit;
        private DataSource source = DataSource.DECLARED;
        private Confidence confidence;
        private boolean hazardous;
        private String wasteCode;
        private String notes = "";
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder(String id, String actorId, Direction direction, String resourceId) {
            this.id = id;
            this.actorId = actorId;
            this.direction = direction;
            this.resourceId = resourceId;
        }

        /** The user's own words. */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** {@code value} of {@code unitSymbol} per {@code period} ({@code null} for a capacity or stock). */
        public Builder quantity(double value, String unitSymbol, Period period) {
            this.quantity = new FlowQuantity(value, Units.require(unitSymbol), period);
            return this;
        }

        /** {@code value} of {@code unitSymbol} a year. */
        public Builder perYear(double value, String unitSymbol) {
            return quantity(value, unitSymbol, Period.YEAR);
        }

        /** For heat, steam and water: the temperature offered, or the minimum needed. */
        public Builder temperatureC(double celsius) {
            this.temperatureC = celsius;
            return this;
        }

        /** What the actor pays today per unit, to buy it (demand) or to dispose of it (offer). */
        public Builder costPerUnit(double cost) {
            this.costPerUnit = cost;
            return this;
        }

        public Builder source(DataSource dataSource) {
            this.source = dataSource;
            return this;
        }

        public Builder confidence(Confidence trust) {
            this.confidence = trust;
            return this;
        }

        public Builder hazardous(boolean isHazardous) {
            this.hazardous = isHazardous;
            return this;
        }

        /** The List of Waste entry, {@code NN NN NN}. */
        public Builder wasteCode(String code) {
            this.wasteCode = code;
            return this;
        }

        public Builder notes(String text) {
            this.notes = text;
            return this;
        }

        /** An attribute, written as a user would ({@code 45}, {@code juin-septembre}, {@code 3}). */
        public Builder attribute(Attribute attribute, String value) {
            if (attribute.target() != Attribute.Target.FLOW) {
                throw new IllegalArgumentException(attribute + " is an attribute of actors");
            }
            attributes.put(attribute.column(), attribute.canonical(value, false).orElseThrow(
                    () -> new IllegalArgumentException("not a value of " + attribute.column() + ": " + value)));
            return this;
        }

        public Flow build() {
            return new Flow(id, actorId, direction, resourceId, description, quantity, temperatureC, costPerUnit,
                    source, confidence, hazardous, wasteCode, notes, attributes);
        }
    }

    public boolean isOffer() {
        return direction == Direction.OFFER;
    }

    /** The user's confidence when given, else what the source gives (measured high, declared medium, estimated low). */
    public Confidence effectiveConfidence() {
        Confidence fromSource = Confidence.of(source);
        return confidence == null ? fromSource : confidence.min(fromSource);
    }
}
