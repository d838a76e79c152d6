package org.eit.core.model;

import java.util.List;
import java.util.Objects;
import org.eit.core.unit.FlowQuantity;

/**
 * A flow whose words no resource of the taxonomy fits well enough: kept, set aside from matching, and listed "to
 * classify" with the closest resources, so that one unclear line never stops a study. Naming its resource (or
 * rewording its description) brings it into the analysis.
 *
 * @param id         the flow's id, unique in the territory
 * @param actorId    the actor that offers or needs it
 * @param direction  offer or demand
 * @param text       what the user wrote (the resource or description field)
 * @param field      the field {@code text} was read from: {@code resource} or {@code description}
 * @param quantity   how much per period, or null
 * @param candidates the closest resources, best first (may be empty)
 */
public record FlowToClassify(String id, String actorId, Direction direction, String text, String field,
                             FlowQuantity quantity, List<String> candidates) {
    public FlowToClassify {
        Actor.requireText(id, "FlowToClassify.id");
        Actor.requireText(actorId, "FlowToClassify.actorId");
        Objects.requireNonNull(direction, "FlowToClassify.direction");
        Objects.requireNonNull(text, "FlowToClassify.text");
        Objects.requireNonNull(field, "FlowToClassify.field");
        candidates = List.copyOf(candidates);
    }
}
