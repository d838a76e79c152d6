package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.List;
import org.eit.rules.facts.Accepts;

/**
 * The baseline the rules of detection are measured against: the same judgement of each candidate pair, written in
 * plain Java. Given the candidates the K-nearest index ({@link CandidateIndex}) hands to the rules, it decides what
 * {@code reach/reach.drl}, {@code substitution/substitution.drl} and the idle-capacity rule of
 * {@code pooling/pooling.drl} decide: which rules propose the pair (a synergy of substitution, an internal loop, a
 * shared capacity) and which rule of reach holds or refuses it. Feasibility (30 rules over the tables of animal
 * by-products, feed, organic farming...) is left out on purpose: the pairs compared are those of compatibility and
 * reach, as the rules decide them. Not used by eit itself: {@code PlainMatcherTest} checks that it and the rules
 * agree on generated territories, {@code MatcherBenchmark} measures the rules' overhead against it.
 */
final class PlainMatcher {
    /** What the rules decide about one candidate pair. */
    record Verdict(Candidate candidate, List<String> proposedBy, String reachRule, boolean withinReach) {
        boolean proposed() {
            return !proposedBy.isEmpty();
        }
    }

    private PlainMatcher() {
    }

    static List<Verdict> judge(List<Candidate> candidates) {
        List<Verdict> verdicts = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            verdicts.add(judge(c));
        }
        return verdicts;
    }

    static Verdict judge(Candidate c) {
        List<String> proposedBy = new ArrayList<>(1);
        boolean internal = c.isInternal();
        boolean shared = c.getOffer().isShared();
        String relation = c.getAccepts().relation();
        if (!internal && shared) {
            proposedBy.add("Pooling: idle capacity offered to a neighbour");
        }
        if (!shared) {
            if (!internal && Accepts.SAME.equals(relation)) {
                proposedBy.add("Substitution: same resource");
            } else if (!internal && Accepts.SUB_RESOURCE.equals(relation)) {
                proposedBy.add("Substitution: a kind of what is demanded");
            } else if (!internal && Accepts.SUBSTITUTION.equals(relation)) {
                proposedBy.add("Substitution: a by-product replaces an input");
            }
            if (internal && !Accepts.SAME.equals(relation)) {
                proposedBy.add("Internal loop: an actor could use its own output");
            }
        }
        Double value = c.getCriterionValue();
        String criterion = c.getAccepts().criterion();
        double threshold = c.getAccepts().threshold();
        String rule;
        boolean within;
        if (value == null) {
            within = c.getDistanceKm() <= c.getAccepts().reachKm();
            rule = within ? "Reach: within the usual distance" : "Reach: farther than the usual distance";
        } else if ("heat-density".equals(criterion)) {
            within = value >= threshold;
            rule = within ? "Reach: heat by pipe while the linear heat density holds"
                    : "Reach: too little heat for the length of pipe";
        } else if ("transport-cost".equals(criterion)) {
            within = value >= threshold;
            rule = within ? "Reach: the saving pays for the transport"
                    : "Reach: the transport costs more than the exchange saves";
        } else if ("pipe-cost".equals(criterion)) {
            within = value >= threshold;
            rule = within ? "Reach: the water's value pays for the pipe"
                    : "Reach: the pipe costs more than the water is worth";
        } else {
            // No rule of reach speaks of another criterion with a value: neither held nor refused.
            within = false;
            rule = null;
        }
        return new Verdict(c, List.copyOf(proposedBy), rule, within);
    }
}
