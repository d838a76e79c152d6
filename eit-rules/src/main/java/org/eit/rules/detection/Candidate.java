package org.eit.rules.detection;

import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.Offer;

/**
 * An offer within reach of a demand whose resource it fits: the index proposes it, the detection rules judge it.
 * An offer and a demand of the same actor are always candidates (an internal loop), whatever the distance.
 *
 * @param offer      the offered flow
 * @param demand     the demanded flow
 * @param accepts    why the resources fit, and how far they may travel
 * @param distanceKm great-circle distance between the two actors (0 between unplaced actors of one zone;
 *                   infinite when it cannot be known)
 */
public record Candidate(Offer offer, Demand demand, Accepts accepts, double distanceKm) {
    /** True when offer and demand belong to the same actor. */
    public boolean internal() {
        return offer.getActor().equals(demand.getActor());
    }

    @Override
    public String toString() {
        return "Candidate[" + offer.getId() + " -> " + demand.getId() + " " + accepts.relation() + "]";
    }
}
