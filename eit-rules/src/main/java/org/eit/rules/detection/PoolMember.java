package org.eit.rules.detection;

import org.eit.rules.facts.Demand;

/** A demand taking part in a pooling theme, within the proximity group {@code group} of its actor. */
public record PoolMember(String theme, String group, String actor, Demand demand) {
    public PoolMember(String theme, String group, Demand demand) {
        this(theme, group, demand.getActor(), demand);
    }
}
