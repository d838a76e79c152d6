package org.eit.core.api;

import java.util.Objects;
import org.eit.core.model.Direction;

/**
 * A flow as the allocation left it: its yearly quantity and how much of it the retained synergies use (an offer)
 * or cover (a need), so that nothing is counted twice.
 *
 * @param id            the flow's id
 * @param actor         its actor
 * @param direction     offer or demand
 * @param resource      its resource
 * @param quantity      its quantity per year (or its capacity), in {@code unit}; null when not sized
 * @param unit          the resource's unit, or null
 * @param allocated     the part the retained synergies use or cover, in {@code unit}; 0 when none
 * @param retained      how many retained synergies it takes part in
 * @param partnersBeyond compatible partners beyond the nearest the engine judged
 *                       ({@code matching.candidates-per-flow}); at least this many when counting stopped
 */
public record FlowBalance(String id, String actor, Direction direction, String resource, Double quantity,
                          String unit, double allocated, int retained, int partnersBeyond) {
    public FlowBalance {
        Objects.requireNonNull(id, "FlowBalance.id");
    }
}
