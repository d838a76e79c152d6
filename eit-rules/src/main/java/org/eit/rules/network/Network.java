package org.eit.rules.network;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.eit.rules.facts.Reason;
import org.kie.api.definition.rule.Rule;

/** What network rules call to record their assessment of the territory. */
public final class Network {
    private Network() {
    }

    /** Chertow's 3-2 heuristic: whether it holds, over which entities and resources. */
    public static NetworkResult assessment(Rule rule, boolean met, Collection<?> entities, Collection<?> resources) {
        TreeSet<String> sortedEntities = new TreeSet<>();
        entities.forEach(e -> sortedEntities.add(e.toString()));
        TreeSet<String> sortedResources = new TreeSet<>();
        resources.forEach(r -> sortedResources.add(r.toString()));
        return new NetworkResult(rule.getName(), met, sortedEntities.stream().toList(),
                sortedResources.stream().toList(), Reason.template(rule),
                Map.of("met", Boolean.toString(met), "entities", sortedEntities.size(), "resources",
                        sortedResources.size()));
    }
}
