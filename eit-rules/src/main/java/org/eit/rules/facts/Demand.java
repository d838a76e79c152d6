package org.eit.rules.facts;

import java.util.List;

/** A flow an actor needs: raw material, energy, water, a service, equipment. */
public final class Demand extends FlowFact {

    public Demand(Builder builder) {
        super(builder);
    }

    /**
     * The grid cells where an offer within reach can lie, for offers whose resource has the reach of grid
     * {@code level}: the demand's cell and its eight neighbours (and its zone, for actors without coordinates).
     */
    public List<Long> neighbourhood(int level) {
        return space().neighbourhood(this, level);
    }
}
