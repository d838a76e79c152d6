package org.eit.rules.facts;

/** A flow an actor needs: raw material, energy, water, a service, equipment. */
public final class Demand extends FlowFact {
    public Demand(Builder builder) {
        super(builder);
    }
}
