package org.eit.rules.facts;

import java.util.List;
import java.util.Map;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.core.model.Confidence;

/**
 * A synergy as a rule proposed it, kept in working memory so that network rules can reason over it. Its sentence
 * is the rule's {@code @fr} and {@code @en} templates filled with {@code vars}; see {@link Findings}.
 */
public record Finding(String key, SynergyKind kind, String rule, String pack, String relation, List<String> actors,
                      List<String> flows, String resource, String demandedResource, Double quantity, String unit,
                      String quantityBasis, boolean partial, Double distanceKm, boolean sameZone, boolean internal,
                      Confidence confidence, LocalizedText preparation, String source, List<String> partners,
                      LocalizedText template, Map<String, Object> vars) {

    public Finding {
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
        partners = List.copyOf(partners);
        vars = Map.copyOf(vars);
    }

    /** True when the actors are within {@code km} of each other (the widest distance for a pooling). */
    public boolean within(double km) {
        return distanceKm != null && distanceKm <= km;
    }
}
