package org.eit.rules.detection;

import org.eit.core.internal.text.Text;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.Offer;
import org.eit.rules.gains.Economics;

/**
 * An offer near a demand whose resource it fits, among the nearest of either: the index proposes it, the rules of
 * detection judge it (feasibility, reach, then whether it is a synergy). An offer and a demand of one actor are
 * always candidates (an internal loop). Facts compare by identity: each candidate is one pair.
 */
public final class Candidate {
    private final Offer offer;
    private final Demand demand;
    private final Accepts accepts;
    private final double distanceKm;
    private final Matching matching;
    private final Economics economics;
    private final double detour;

    Candidate(Offer offer, Demand demand, Accepts accepts, double distanceKm, Matching matching,
              Economics economics, double detour) {
        this.offer = offer;
        this.demand = demand;
        this.accepts = accepts;
        this.distanceKm = distanceKm;
        this.matching = matching;
        this.economics = economics;
        this.detour = detour;
    }

    public Offer getOffer() {
        return offer;
    }

    public Demand getDemand() {
        return demand;
    }

    /** Why the resources fit, how far the pair may travel and what decides it. */
    public Accepts getAccepts() {
        return accepts;
    }

    /**
     * Great-circle distance between the two actors in km (0 between unplaced actors of one zone; infinite when it
     * cannot be known).
     */
    public double getDistanceKm() {
        return distanceKm;
    }

    /** The length of the route: the distance times the detour factor ({@code reach.detour-factor}). */
    public double getRouteKm() {
        return distanceKm * detour;
    }

    /** How much can be exchanged, and how it was computed. */
    public Matching getMatching() {
        return matching;
    }

    /** What the exchange saves and costs, as far as the prices known allow. */
    public Economics getEconomics() {
        return economics;
    }

    /** The figure the pair's reach criterion judges by, or null when it cannot be computed. */
    public Double getCriterionValue() {
        return economics.of(accepts.criterion());
    }

    /** True when both sides give a grade and it is the same, written with or without accents and capitals. */
    public boolean isGradesMatch() {
        String offered = offer.getGrade();
        String wanted = demand.getGrade();
        return offered != null && wanted != null && Text.fold(offered).equals(Text.fold(wanted));
    }

    /**
     * True when both sides give a route and it is the same way, written with or without accents and capitals;
     * false when they differ; true when a side gives none.
     */
    public boolean isSameRoute() {
        if (offer.getRouteFrom() == null || demand.getRouteFrom() == null) {
            return true;
        }
        return Text.fold(offer.getRouteFrom()).equals(Text.fold(demand.getRouteFrom()))
                && Text.fold(offer.getRouteTo()).equals(Text.fold(demand.getRouteTo()));
    }

    /** True when offer and demand belong to the same actor. */
    public boolean isInternal() {
        return offer.getActor().equals(demand.getActor());
    }

    /** True when the offer's actor already takes from, or gives to, the demand's actor: the exchange exists. */
    public boolean isExisting() {
        return demand.getActor().equals(offer.getCurrentPartner())
                || offer.getActor().equals(demand.getCurrentPartner());
    }

    @Override
    public String toString() {
        return "Candidate[" + offer.getId() + " -> " + demand.getId() + " " + accepts.relation() + "]";
    }
}
