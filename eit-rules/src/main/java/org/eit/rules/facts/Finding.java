package org.eit.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.core.model.Confidence;

/**
 * A synergy as a rule proposed it, kept in working memory so that network rules can reason over it. Its sentence
 * is the rule's {@code @fr} and {@code @en} templates filled with the values of {@link #details()}; see
 * {@code org.eit.rules.detection.Findings}.
 *
 * <p>The formula text and the sentence's values are computed only for the findings a diagnostic lists: a dense
 * territory has many more candidate pairs than listed synergies.
 */
public record Finding(String key, SynergyKind kind, String rule, String relation, List<String> actors,
                      List<String> flows, String resource, String demandedResource, Double quantity, String unit,
                      boolean perYear, boolean partial, Double distanceKm, boolean sameZone, boolean internal,
                      Confidence confidence, LocalizedText preparation, String source,
                      LocalizedText template, Supplier<Details> details) {

    public Finding {
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
    }

    /** How the quantity was computed, and the values of the sentence's placeholders. */
    public record Details(String quantityBasis, Map<String, Object> vars) {
        public Details {
            vars = Map.copyOf(vars);
        }
    }

    /** True when the actors are within {@code km} of each other (the widest distance for a pooling). */
    public boolean within(double km) {
        return distanceKm != null && distanceKm <= km;
    }
}
