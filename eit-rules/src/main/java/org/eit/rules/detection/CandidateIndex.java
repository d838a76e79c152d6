package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eit.core.internal.collect.LongSet;
import org.eit.core.internal.collect.Parallel;
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
        return candidates(offers, demands, accepts, k, inputs, 1);
    }

    /**
     * With {@code threads} above one, the searches of the flows run side by side (they only read the indices);
     * their finds are merged in the flows' order, so the candidates and their order do not depend on the threads.
     */
    static Result candidates(List<Offer> offers, List<Demand> demands, List<Accepts> accepts, int k,
                             Economics.Inputs inputs, int threads) {
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
        LongSet pairs = new LongSet();
        Map<String, long[]> beyondPairs = new HashMap<>();
        boolean[] atLeast = new boolean[1];
        // Each demand's nearest offers, then each offer's nearest demands not met already.
        List<Finds> fromDemands = Parallel.map(demands, threads, demand -> {
            Finds finds = new Finds(demand.getId());
            for (Accepts a : byDemanded.getOrDefault(demand.getResource(), List.of())) {
                for (NearestFlows<Offer> offerIndex : offerIndices) {
                    NearestFlows.Found<Offer> found = offerIndex.nearest(demand, a.offered(), k, a.searchKm(),
                            COUNT_LIMIT);
                    found.beyond().forEach(o -> finds.beyond(keys.of(o, demand)));
                    finds.atLeast |= found.beyondAtLeast();
                    for (int i = 0; i < found.nearest().size(); i++) {
                        finds.add(keys.of(found.nearest().get(i), demand), candidate(found.nearest().get(i), demand,
                                a, found.distances().get(i), inputs));
                    }
                }
            }
            return finds;
        });
        merge(fromDemands, candidates, pairs, beyondPairs, atLeast);
        List<Finds> fromOffers = Parallel.map(offers, threads, offer -> {
            Finds finds = new Finds(offer.getId());
            for (Accepts a : byOffered.getOrDefault(offer.getResource(), List.of())) {
                for (NearestFlows<Demand> demandIndex : demandIndices) {
                    NearestFlows.Found<Demand> found = demandIndex.nearest(offer, a.demanded(), k, a.searchKm(),
                            COUNT_LIMIT);
                    found.beyond().forEach(d -> finds.beyond(keys.of(offer, d)));
                    finds.atLeast |= found.beyondAtLeast();
                    for (int i = 0; i < found.nearest().size(); i++) {
                        long key = keys.of(offer, found.nearest().get(i));
                        // Read only while the searches run: a pair the demands met is not built again.
                        if (!pairs.contains(key)) {
                            finds.add(key, candidate(offer, found.nearest().get(i), a, found.distances().get(i),
                                    inputs));
                        }
                    }
                }
            }
            return finds;
        });
        merge(fromOffers, candidates, pairs, beyondPairs, atLeast);
        // A partner beyond a flow's nearest may be among the other side's nearest: then it was judged after all.
        Map<String, Integer> beyond = new TreeMap<>();
        beyondPairs.forEach((flow, list) -> {
            int unjudged = 0;
            for (int i = 1; i <= list[0]; i++) {
                if (!pairs.contains(list[i])) {
                    unjudged++;
                }
            }
            if (unjudged > 0) {
                beyond.put(flow, unjudged);
            }
        });
        return new Result(candidates, beyond, atLeast[0]);
    }

    /** What one flow's searches found: candidates with their pair keys, and the keys of the partners beyond. */
    private static final class Finds {
        final String flow;
        final List<Candidate> candidates = new ArrayList<>();
        long[] keys = new long[4];
        long[] beyond = new long[1];
        boolean atLeast;

        Finds(String flow) {
            this.flow = flow;
        }

        void add(long key, Candidate candidate) {
            if (candidates.size() == keys.length) {
                keys = java.util.Arrays.copyOf(keys, keys.length * 2);
            }
            keys[candidates.size()] = key;
            candidates.add(candidate);
        }

        /** Beyond keys after a count in slot 0. */
        void beyond(long key) {
            if (beyond[0] + 1 == beyond.length) {
                beyond = java.util.Arrays.copyOf(beyond, beyond.length * 2 + 1);
            }
            beyond[(int) ++beyond[0]] = key;
        }
    }

    private static void merge(List<Finds> all, List<Candidate> candidates, LongSet pairs,
                              Map<String, long[]> beyondPairs, boolean[] atLeast) {
        for (Finds finds : all) {
            for (int i = 0; i < finds.candidates.size(); i++) {
                if (pairs.add(finds.keys[i])) {
                    candidates.add(finds.candidates.get(i));
                }
            }
            if (finds.beyond[0] > 0) {
                long[] list = beyondPairs.get(finds.flow);
                if (list == null) {
                    beyondPairs.put(finds.flow, finds.beyond);
                } else {
                    long[] joined = java.util.Arrays.copyOf(list, (int) (list[0] + finds.beyond[0] + 1));
                    System.arraycopy(finds.beyond, 1, joined, (int) list[0] + 1, (int) finds.beyond[0]);
                    joined[0] = list[0] + finds.beyond[0];
                    beyondPairs.put(finds.flow, joined);
                }
            }
            atLeast[0] |= finds.atLeast;
        }
    }

    /** An offer and a demand as one number. */
    private record PairKeys(Map<FlowFact, Integer> numbers) {
        long of(Offer offer, Demand demand) {
            return ((long) numbers.get(offer) << 32) | numbers.get(demand);
        }
    }

    private static Candidate candidate(Offer offer, Demand demand, Accepts accepts, double distanceKm,
                                       Economics.Inputs inputs) {
        Matching matching = Matching.of(offer, demand, accepts);
        return new Candidate(offer, demand, accepts, distanceKm, matching, Economics.of(offer, demand, accepts,
                distanceKm, matching.matched(), matching.supply(), inputs), inputs.detour());
    }
}
