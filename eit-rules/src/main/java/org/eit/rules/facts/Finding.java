package org.eit.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.core.model.Confidence;
import org.eit.rules.gains.Economics;

/**
 * A synergy as the rules proposed it, before allocation: a feasible pair within reach (an offer and a demand), or
 * a group of actors sharing a need. Its sentences are those of the rules that found it ({@link #reasons()}) filled
 * with the values of {@link #details()}, which are computed only when written out.
 *
 * @param key              stable: the kind and the flows (a pair found by several rules is one finding)
 * @param kind             substitution or pooling
 * @param reasons          the rules that found it, in the order they are written
 * @param relation         why the resources fit
 * @param actors           the actors (offer first, then demand, for a pair)
 * @param flows            the flows, in the same order
 * @param resource         the offered resource, or the pooling theme's family
 * @param demandedResource the demanded resource
 * @param quantity         what can be exchanged in a year (or pooled), in {@code unit}; null when not sized
 * @param unit             the demanded resource's unit, or null
 * @param perYear          true for flows per period, false for capacities
 * @param offerPerUnit     units of the offer used per unit of {@code quantity} (a pair), or null
 * @param distanceKm       the distance between the partners (the widest for a group), or null
 * @param sameZone         all partners in one zone
 * @param internal         offer and demand of the same actor
 * @param existing         the exchange exists today (a flow names the other actor as its partner)
 * @param estimated        a flow of it is estimated from an activity profile, not declared
 * @param confidence       the lowest of the flows'
 * @param preparation      the preparation typically needed, or null
 * @param preparationOps   the operations of {@code preparation-costs.csv} the preparation names (the gains value
 *                         them)
 * @param source           the reference behind the knowledge used, or null
 * @param outlet           what the demanded resource is used for (feed, biogas, fuel...; {@code outlets.csv}), or
 *                         null
 * @param mode             how the pair moves its resource (pipe, truck, ship, local), or null for a group
 * @param economics        the pair's prices, costs and route (a pair), or null
 * @param criterion        the reach criterion that held ({@code heat-density}, {@code transport-cost},
 *                         {@code pipe-cost}, {@code fixed-reach}), or null
 * @param reach            the rule of reach that held and its values, or null
 * @param conditions       what the pair still requires (a pasteurisation, a registration...)
 * @param details          the formula and the sentences' values, computed when written out
 */
public record Finding(String key, SynergyKind kind, List<Reason> reasons, String relation, List<String> actors,
                      List<String> flows, String resource, String demandedResource, Double quantity, String unit,
                      boolean perYear, Double offerPerUnit, Double distanceKm, boolean sameZone, boolean internal,
                      boolean existing, boolean estimated, Confidence confidence, LocalizedText preparation,
                      PreparationOps preparationOps, String source, String outlet, String mode, Economics economics, String criterion, Reason reach,
                      List<Reason> conditions, Supplier<Details> details) {
    /** The relation of a pooling of idle capacity. */
    public static final String SHARED = "shared-capacity";

    public Finding {
        reasons = List.copyOf(reasons);
        preparationOps = preparationOps == null ? PreparationOps.UNKNOWN : preparationOps;
        actors = List.copyOf(actors);
        flows = List.copyOf(flows);
        conditions = List.copyOf(conditions);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a finding needs the rule that made it: " + key);
        }
    }

    /**
     * The synergy's id in the diagnostic: a stable hash of what it is (its kind and flows, and theme for a group),
     * so that the same flows get the same id in every run and diagnostic versions can be compared.
     */
    public String id() {
        String prefix = kind == SynergyKind.POOLING ? "P-" : internal ? "I-" : "S-";
        return prefix + org.eit.core.internal.text.Hashes.sha256Hex(key).substring(0, 10);
    }

    /** The first rule that found it. */
    public String rule() {
        return reasons.get(0).rule();
    }

    /** The names of the rules that found it. */
    public List<String> rules() {
        return reasons.stream().map(Reason::rule).toList();
    }

    /** How the quantity was computed, and the values of the sentences' placeholders. */
    public record Details(String quantityBasis, Map<String, Object> vars) {
        public Details {
            // Not copied: a pair's values are worked out as its sentences ask for them (Findings.pairVars).
            vars = java.util.Collections.unmodifiableMap(vars);
        }
    }

    /** True for an offer and a demand (a substitution, idle capacity); false for a group sharing a need. */
    public boolean isPair() {
        return !relation.startsWith("pooling-theme:");
    }

    /** The offer's flow of a pair, or null for a group. */
    public String offerFlow() {
        return isPair() ? flows.get(0) : null;
    }

    /** The demand's flow of a pair, or null for a group. */
    public String demandFlow() {
        return isPair() ? flows.get(1) : null;
    }

    /** What the pair is worth a year at its matched quantity (central, in the currency), or null when not known. */
    public Double potentialValue() {
        return economics == null || quantity == null ? null : economics.netValue(quantity);
    }

    /** True when the actors are within {@code km} of each other (the widest distance for a pooling). */
    public boolean within(double km) {
        return distanceKm != null && distanceKm <= km;
    }

    /** The same finding with the reasons of another that found the same flows: one synergy, every rule. */
    public Finding alsoFoundBy(Finding other) {
        List<Reason> all = new ArrayList<>(reasons);
        for (Reason reason : other.reasons) {
            if (all.stream().noneMatch(r -> r.rule().equals(reason.rule()))) {
                all.add(reason);
            }
        }
        return new Finding(key, kind, all, relation, actors, flows, resource, demandedResource, quantity, unit,
                perYear, offerPerUnit, distanceKm, sameZone, internal, existing, estimated, confidence, preparation,
                preparationOps, source, outlet, mode, economics, criterion != null ? criterion : other.criterion, reach != null ? reach : other.reach, conditions,
                details);
    }
}
