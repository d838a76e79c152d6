package org.eit.core.model;

import java.util.Objects;
import org.eit.core.unit.FlowQuantity;

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
 */
public record Flow(String id, String actorId, Direction direction, String resourceId, String description,
                   FlowQuantity quantity, Double temperatureC, Double costPerUnit, DataSource source,
                   Confidence confidence, boolean hazardous, String wasteCode, String notes) {

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
        description = description == null ? "" : description;
        notes = notes == null ? "" : notes;
        wasteCode = Actor.blankToNull(wasteCode);
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
