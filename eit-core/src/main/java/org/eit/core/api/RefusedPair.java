package org.eit.core.api;

import java.util.List;
import java.util.Objects;

/**
 * A pair of flows the rules of synergy would have proposed but a rule of feasibility or reach refused: the answer to
 * "why is this offer not proposed to that demand?".
 *
 * @param offerFlow  the offer's flow
 * @param demandFlow the demand's flow
 * @param actors     the offer's actor, then the demand's
 * @param relation   why the resources would have fitted
 * @param distanceKm the distance between the actors, or null
 * @param reasons    each refusing rule's word
 */
public record RefusedPair(String offerFlow, String demandFlow, List<String> actors, String relation,
                          Double distanceKm, List<Justification> reasons) {
    public RefusedPair {
        Objects.requireNonNull(offerFlow, "RefusedPair.offerFlow");
        Objects.requireNonNull(demandFlow, "RefusedPair.demandFlow");
        actors = List.copyOf(actors);
        reasons = List.copyOf(reasons);
    }
}
