package org.eit.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A candidate pair the rules of feasibility or reach refused, with every reason given, so that "why is this offer
 * not proposed to that demand?" has an answer.
 *
 * @param offerFlow  the offer's flow
 * @param demandFlow the demand's flow
 * @param actors     the offer's actor, then the demand's (one actor for an internal pair)
 * @param relation   why the resources would have fitted
 * @param distanceKm the distance between the actors, or null
 * @param reasons    the rules that refused it, in the order they are written
 * @param vars       the pair's values for the reasons' sentences, computed when written out
 */
public record Refused(String offerFlow, String demandFlow, List<String> actors, String relation, Double distanceKm,
                      List<Reason> reasons, Supplier<Map<String, Object>> vars) {
    public Refused {
        actors = List.copyOf(actors);
        reasons = List.copyOf(reasons);
    }

    /** A stable key: the two flows. */
    public String key() {
        return offerFlow + "," + demandFlow;
    }
}
