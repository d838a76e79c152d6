package org.eit.rules.network;

import java.util.List;
import java.util.Map;
import org.eit.core.api.LocalizedText;

/** The network assessment a rule made (Chertow's 3-2 heuristic), with its sentence's template and values. */
public record NetworkResult(String rule, boolean met, List<String> entities, List<String> resources,
                            LocalizedText template, Map<String, Object> vars) {
    public NetworkResult {
        entities = List.copyOf(entities);
        resources = List.copyOf(resources);
        vars = Map.copyOf(vars);
    }
}
