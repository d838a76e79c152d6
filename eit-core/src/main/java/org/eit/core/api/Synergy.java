package org.eit.core.api;

import java.util.List;
import java.util.Objects;
import org.eit.core.model.Confidence;

/**
 * A potential synergy found by the rules, with everything a person needs to judge it: why it was proposed (each
 * rule that found it), why the distance is worth it, what it still requires, and how much of the offer and the
 * need it takes once they are shared out.
 *
 * @param id               stable identifier: the same flows give the same id in every run and every version of
 *                         the diagnostic
 * @param kind             substitution or pooling
 * @param rules            the rules that proposed it (one pair found by several rules is one synergy)
 * @param relation         why the resources fit: {@code same-resource}, {@code sub-resource} (the offer is a kind of
 *                         what is demanded), {@code substitution} (a row of the substitution table),
 *                         {@code shared-capacity} (idle capacity offered), or {@code pooling-theme:ID}
 * @param actors           the actors involved (for a pair: the offering actor, then the demanding one)
 * @param flows            the flows involved, in the same order
 * @param resource         the resource offered, or the pooling theme's family
 * @param demandedResource the resource demanded (a pair), or the same as {@code resource}
 * @param quantity         the most the pair can exchange (per year for flows, as is for capacities), or the pooled
 *                         total; null when the flows cannot be sized. What is retained is {@code allocation}
 * @param unit             the unit of {@code quantity} (the demanded resource's unit), or null
 * @param period           {@code year} when {@code quantity} is per year, null for a capacity (a forklift, 2 ha)
 * @param quantityBasis    how {@code quantity} was computed, e.g. {@code min(F03 800 t/yr × 0.9, F23 1200 t/yr)}
 * @param distanceKm       great-circle distance between the partners (pooling: the widest distance between two
 *                         members), or null when a partner has no location
 * @param chertowType      Chertow's exchange type: 2 within one organisation, 3 co-located in one zone, 4 local,
 *                         5 regional; 0 for alternatives and when the network rules did not run
 * @param confidence       the lowest confidence of the flows involved (measured high, declared medium, estimated
 *                         low)
 * @param explanation      why it was proposed, in French and English (each proposing rule's sentence)
 * @param preparation      the preparation typically needed (substitutions by table), or null
 * @param source           the reference behind the knowledge the rule used (a substitution row), or null
 * @param internal         true when offer and demand belong to the same actor (an internal loop, reported apart)
 * @param existing         true when the exchange exists today (a flow names the other actor as its partner): not a
 *                         new opportunity
 * @param reachCriterion   what showed the distance is worth it: {@code heat-density}, {@code transport-cost},
 *                         {@code pipe-cost} or {@code fixed-reach}; null for groups
 * @param reach            the rule of reach that held and its sentence, or null
 * @param conditions       what the synergy still requires (a pasteurisation, a registration, a permit)
 * @param allocation       retained or alternative, and how much it takes; null for groups sharing a need
 * @param gains            what it gains a year once allocated (retained synergies), or {@link Gains#NONE}
 */
public record Synergy(String id, SynergyKind kind, List<String> rules, String relation, List<String> actors,
                      List<String> flows, String resource, String demandedResource, Double quantity, String unit,
                      String period, String quantityBasis, Double distanceKm, int chertowType,
                      Confidence confidence, LocalizedText explanation, LocalizedText preparation, String source,
                      boolean internal, boolean existing, String reachCriterion, Justification reach,
                      List<Justification> conditions, Allocation allocation, Gains gains) {

    public Synergy {
        Objects.requireNonNull(id, "Synergy.id");
        Objects.requireNonNull(kind, "Synergy.kind");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("Synergy.rules must not be empty (" + id + ")");
        }
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("Synergy.flows must not be empty (" + id + ")");
        }
        Objects.requireNonNull(resource, "Synergy.resource");
        Objects.requireNonNull(confidence, "Synergy.confidence");
        Objects.requireNonNull(explanation, "Synergy.explanation");
        conditions = List.copyOf(conditions);
        gains = gains == null ? Gains.NONE : gains;
        if ((quantity == null) != (unit == null)) {
            throw new IllegalArgumentException("Synergy.quantity and Synergy.unit go together (" + id + ")");
        }
    }

    /** The first rule that proposed it. */
    public String rule() {
        return rules.get(0);
    }

    /** True for a group sharing a need, or a pair retained by the allocation. */
    public boolean retained() {
        return allocation == null || allocation.retained();
    }
}
