package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.Offer;
import org.eit.rules.gains.Economics;

/**
 * Proposes the candidate pairs the rules judge: for each demand, its {@code k} nearest offers of each resource that
 * fits it (the {@link Accepts} the compatibility rules decided), and for each offer its {@code k} nearest demands
 * of each resource it fits, within the pair's search radius; an actor's own offers and demands always meet. Nothing
 * is built for the pairs beyond: they are only counted, per flow (those the other side's nearest did not bring in),
 * so the diagnostic can say how many compatible partners were not judged. The mechanics that keep matching linear
 * in the number of flows.
 */
final class CandidateIndex {
    /** Partners beyond the nearest are counted up to this many per flow and resource. */
    static final int COUNT_LIMIT = 20;

    /** The candidates, and per flow how many compatible partners lay beyond its nearest. */
    record Result(List<Candidate> candidates, Map<String, Integer> beyondByFlow, boolean beyondAtLeast) {
        int beyond() {
            return beyondByFlow.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private CandidateIndex() {
    }

    static Result candidates(List<Offer> offers, List<Demand> demands, List<Accepts> accepts, int k,
                             Economics.Inputs inputs) {
        double meanLatitude = java.util.stream.Stream.concat(offers.stream(), demands.stream())
                .filter(f -> f.getLocation() != null).mapToDouble(f -> f.getLocation().latitude()).average()
                .orElse(45);
        // Declared and estimated flows are searched apart: each flow meets its nearest declared partners whatever
        // the estimates around it, and its nearest estimated ones besides.
        List<NearestFlows<Offer>> offerIndices = List.of(
                new NearestFlows<>(offers.stream().filter(f -> !f.isEstimated()).toList(), meanLatitude),
                new NearestFlows<>(offers.stream().filter(FlowFact::isEstimated).toList(), meanLatitude));
        List<NearestFlows<Demand>> demandIndices = List.of(
                new NearestFlows<>(demands.stream().filter(f -> !f.isEstimated()).toList(), meanLatitude),
                new NearestFlows<>(demands.stream().filter(FlowFact::isEstimated).toList(), meanLatitude));
        Map<String, List<Accepts>> byDemanded = new HashMap<>();
        Map<String, List<Accepts>> byOffered = new HashMap<>();
        for (Accepts a : accepts) {
            byDemanded.computeIfAbsent(a.demanded(), r -> new ArrayList<>()).add(a);
            byOffered.computeIfAbsent(a.offered(), r -> new ArrayList<>()).add(a);
        }
        // Pairs are numbered offer by demand, so that the pairs met and the partners beyond cost a long each.
        Map<FlowFact, Integer> numbers = new IdentityHashMap<>();
        offers.forEach(o -> numbers.put(o, numbers.size()));
        demands.forEach(d -> numbers.put(d, numbers.size()));
        PairKeys keys = new PairKeys(numbers);
        List<Candidate> candidates = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        Map<String, List<Long>> beyondPairs = new HashMap<>();
        boolean[] atLeast = new boolean[1];
        for (Demand demand : demands) {
            for (Accepts a : byDemanded.getOrDefault(demand.getResource(), List.of())) {
                for (NearestFlows<Offer> offerIndex : offerIndices) {
                    NearestFlows.Found<Offer> found = offerIndex.nearest(demand, a.offered(), k, a.searchKm(),
                            COUNT_LIMIT);
                    found.beyond().forEach(o -> beyondPairs.computeIfAbsent(demand.getId(), x -> new ArrayList<>())
                            .add(keys.of(o, demand)));
                    atLeast[0] |= found.beyondAtLeast();
                    for (int i = 0; i < found.nearest().size(); i++) {
                        add(found.nearest().get(i), demand, a, found.distances().get(i), candidates, pairs, keys,
                                inputs);
                    }
                }
            }
        }
        for (Offer offer : offers) {
            for (Accepts a : byOffered.getOrDefault(offer.getResource(), List.of())) {
                for (NearestFlows<Demand> demandIndex : demandIndices) {
                    NearestFlows.Found<Demand> found = demandIndex.nearest(offer, a.demanded(), k, a.searchKm(),
                            COUNT_LIMIT);
                    found.beyond().forEach(d -> beyondPairs.computeIfAbsent(offer.getId(), x -> new ArrayList<>())
                            .add(keys.of(offer, d)));
                    atLeast[0] |= found.beyondAtLeast();
                    for (int i = 0; i < found.nearest().size(); i++) {
                        add(offer, found.nearest().get(i), a, found.distances().get(i), candidates, pairs, keys,
                                inputs);
                    }
                }
            }
        }
        // A partner beyond a flow's nearest may be among the other side's nearest: then it was judged after all.
        Map<String, Integer> beyond = new TreeMap<>();
        beyondPairs.forEach((flow, list) -> {
            long unjudged = list.stream().filter(p -> !pairs.contains(p)).count();
            if (unjudged > 0) {
                beyond.put(flow, (int) unjudged);
            }
        });
        return new Result(candidates, beyond, atLeast[0]);
    }

    /** An offer and a demand as one number. */
    private record PairKeys(Map<FlowFact, Integer> numbers) {
        long of(Offer offer, Demand demand) {
            return ((long) numbers.get(offer) << 32) | numbers.get(demand);
        }
    }

    private static void add(Offer offer, Demand demand, Accepts accepts, double distanceKm, List<Candidate> out,
                            Set<Long> pairs, PairKeys keys, Economics.Inputs inputs) {
        if (!pairs.add(keys.of(offer, demand))) {
            return;
        }
        Matching matching = Matching.of(offer, demand, accepts);
        out.add(new Candidate(offer, demand, accepts, distanceKm, matching,
                Economics.of(offer, demand, accepts, distanceKm, matching.matched(), matching.supply(), inputs), inputs.detour()));
    }
}
