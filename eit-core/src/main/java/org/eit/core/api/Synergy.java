package org.eit.core.api;

import java.util.List;
import java.util.Objects;
import org.eit.core.model.Confidence;

/**
 * A potential synergy found by a rule, with everything a person needs to judge it.
 *
 * @param id               stable identifier: the same flows matched by the same rule give the same id in every run
 *                         and every version of the diagnostic
 * @param kind             substitution or pooling
 * @param rule             the name of the rule that proposed it
 * @param relation         why the resources fit: {@code same-resource}, {@code sub-resource} (the offer is a kind of
 *                         what is demanded), {@code substitution} (a row of the substitution table),
 *                         {@code shared-capacity} (idle capacity offered), or {@code pooling-theme:ID}
 * @param actors           the actors involved (for a substitution: the offering actor, then the demanding one)
 * @param flows            the flows involved, in the same order
 * @param resource         the resource offered, or the pooling theme's family
 * @param demandedResource the resource demanded (a substitution), or the same as {@code resource}
 * @param quantity         the matched quantity (per year for flows, as is for capacities), or null when the flows
 *                         cannot be sized
 * @param unit             the unit of {@code quantity} (the demanded resource's unit), or null
 * @param period           {@code year} when {@code quantity} is per year, null for a capacity (a forklift, 2 ha)
 * @param quantityBasis    how {@code quantity} was computed, e.g. {@code min(F03 800 t/yr × 0.9, F23 1200 t/yr)}
 * @param partial          true when the offer covers only part of the demand, or the demand uses only part of the
 *                         offer
 * @param distanceKm       great-circle distance between the partners (pooling: the widest distance between two
 *                         members), or null when a partner has no location
 * @param chertowType      Chertow's exchange type: 2 within one organisation, 3 co-located in one zone, 4 local,
 *                         5 regional; 0 when the network rules did not run
 * @param confidence       the lowest confidence of the flows involved (measured high, declared medium, estimated
 *                         low)
 * @param explanation      why it was proposed, in French and English
 * @param preparation      the preparation typically needed (substitutions by table), or null
 * @param source           the reference behind the knowledge the rule used (a substitution row), or null
 * @param internal         true when offer and demand belong to the same actor (an internal loop, reported apart)
 */
public record Synergy(String id, SynergyKind kind, String rule, String relation, List<String> actors,
                      List<String> flows, String resource, String demandedResource, Double quantity, String unit,
                      String period, String quantityBasis, boolean partial, Double distanceKm, int chertowType,
                      Confidence confidence, LocalizedText explanation, LocalizedText preparation, String source,
                      boolean internal) {

    public Synergy {
        Objects.requireNonNull(id, "Synergy.id");
        Objects.requireNonNull(kind, "Synergy.kind");
        Objects.requireNonNull(rule, "Synergy.rule");
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("Synergy.flows must not be empty (" + id + ")");
        }
        Objects.requireNonNull(resource, "Synergy.resource");
        Objects.requireNonNull(confidence, "Synergy.confidence");
        Objects.requireNonNull(explanation, "Synergy.explanation");
        if ((quantity == null) != (unit == null)) {
            throw new IllegalArgumentException("Synergy.quantity and Synergy.unit go together (" + id + ")");
        }
    }
}
