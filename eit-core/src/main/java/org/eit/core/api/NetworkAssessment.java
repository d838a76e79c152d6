package org.eit.core.api;

import java.util.List;

/**
 * The territory's exchanges seen as a network, against Chertow's "3-2 heuristic": industrial symbiosis when at
 * least three different entities, none of them primarily a recycler, exchange at least two different resources.
 *
 * @param rule        the rule that assessed it
 * @param met         whether the heuristic holds
 * @param entities    the entities taking part in exchanges, recyclers left out
 * @param resources   the different resources exchanged
 * @param explanation in French and English
 */
public record NetworkAssessment(String rule, boolean met, List<String> entities, List<String> resources,
                                LocalizedText explanation) {
    public NetworkAssessment {
        entities = List.copyOf(entities);
        resources = List.copyOf(resources);
    }
}
