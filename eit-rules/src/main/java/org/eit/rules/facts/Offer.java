package org.eit.rules.facts;

/** A flow an actor has to give: waste, by-product, surplus heat, idle equipment, spare skills. */
public final class Offer extends FlowFact {
    public Offer(Builder builder) {
        super(builder);
    }
}
