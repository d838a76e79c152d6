package org.eit.rules.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.Allocation;
import org.eit.core.internal.collect.Parallel;
import org.eit.rules.facts.Finding;

/**
 * Shares offers and needs out among the pairs, so that nothing is counted twice: the pairs in order of preference
 * take, each in turn, the most they can of what their offer and their need have left. Preference: an exchange that
 * exists today first, then pairs of declared flows before those resting on an estimate (so that an estimate never
 * takes what a declared partner could), then the use highest in the waste hierarchy ({@code hierarchy.csv}: food donation before
 * feed, recycling before energy), then the most valuable where prices say (what the pair saves a year minus what
 * moving it costs), then the nearest partners, then the largest quantity, then the key (so that ties are broken the
 * same way in every run).
 *
 * <p>Why the result is feasible: a pair is given {@code min(its matched quantity, what is left of its offer, what is
 * left of its need)}, and that is subtracted from both, so what is left never goes below zero: the pairs retained
 * together use no offer beyond its yearly quantity and cover no need beyond its own. A pair a quantity is missing for
 * cannot be shared out: it is retained as a lead to size, counted nowhere (its partner's quantity is not touched),
 * and says so. Seasonal flows
 * are counted over the year, which can only leave some of an offer unused, never overused.
 */
final class Allocator {
    /** Below this share of what a pair could take, what is left is rounding: the pair is an alternative. */
    private static final double NOTHING_LEFT = 1e-9;

    private Allocator() {
    }

    /** The order of preference, with each use's rank in the hierarchy (a use without a rank comes last). */
    static Comparator<Finding> preference(Map<String, Integer> ranks) {
        return Comparator.comparing((Finding f) -> new Preference(f, ranks));
    }

    /**
     * A finding's place in the order of preference, computed once (its value needs the pair's economics), so that
     * sorting a region's pairs does not compute it again at every comparison.
     */
    private record Preference(Finding finding, boolean planned, boolean estimated, int rank, double value,
                              double distance, double quantity) implements Comparable<Preference> {
        Preference(Finding f, Map<String, Integer> ranks) {
            this(f, !f.existing(), f.estimated(), f.outlet() == null ? Integer.MAX_VALUE
                            : ranks.getOrDefault(f.outlet(), Integer.MAX_VALUE),
                    f.potentialValue() == null ? Double.MAX_VALUE : -f.potentialValue(),
                    f.distanceKm() == null ? Double.MAX_VALUE : f.distanceKm(),
                    f.quantity() == null ? 0 : -f.quantity());
        }

        @Override
        public int compareTo(Preference o) {
            int c = Boolean.compare(planned, o.planned);
            if (c == 0) {
                c = Boolean.compare(estimated, o.estimated);
            }
            if (c == 0) {
                c = Integer.compare(rank, o.rank);
            }
            if (c == 0) {
                c = Double.compare(value, o.value);
            }
            if (c == 0) {
                c = Double.compare(distance, o.distance);
            }
            if (c == 0) {
                c = Double.compare(quantity, o.quantity);
            }
            return c != 0 ? c : finding.key().compareTo(o.finding.key());
        }
    }

    /**
     * @param pairs  the findings of offers and demands (groups are not shared out)
     * @param yearly each flow's yearly quantity in its resource's unit; absent when not sized
     * @param ranks  each use's rank in the hierarchy
     */
    /** With {@code threads} above one, the pairs' places in the order are computed and sorted side by side. */
    static AllocationResult allocate(List<Finding> pairs, Map<String, Double> yearly, Map<String, Integer> ranks,
                                     int alternativesPerFlow, int threads) {
        Preference[] places = Parallel.map(pairs, threads, f -> new Preference(f, ranks)).toArray(Preference[]::new);
        if (threads > 1) {
            java.util.Arrays.parallelSort(places);
        } else {
            java.util.Arrays.sort(places);
        }
        List<Finding> ordered = java.util.Arrays.stream(places).map(Preference::finding).toList();
        Map<String, Integer> alternatives = new HashMap<>();
        Map<String, Integer> notListed = new HashMap<>();
        Map<String, Double> left = new HashMap<>(yearly);
        Map<String, Double> used = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, List<String>> takers = new HashMap<>();
        Map<String, Allocated> result = new HashMap<>();
        for (Finding f : ordered) {
            String offer = f.offerFlow();
            String demand = f.demandFlow();
            Double offerYearly = yearly.get(offer);
            Double needYearly = yearly.get(demand);
            if (f.quantity() == null || f.offerPerUnit() == null || offerYearly == null || needYearly == null) {
                // Not sized: nothing can be shared out, nothing is counted; the pair stays a lead to size.
                result.put(f.key(), new Allocated(Allocation.Status.RETAINED, null, null, null, "unsized",
                        List.of(), true));
                take(f, offer, demand, takers, count);
                continue;
            }
            double byOffer = left.get(offer) / f.offerPerUnit();
            double byNeed = left.get(demand);
            double quantity = Math.min(f.quantity(), Math.min(byOffer, byNeed));
            if (quantity <= NOTHING_LEFT * f.quantity()) {
                boolean offerGone = byOffer <= byNeed;
                // Each flow lists its best alternatives, in the order of preference; the others are counted.
                boolean listed = alternatives.getOrDefault(offer, 0) < alternativesPerFlow
                        || alternatives.getOrDefault(demand, 0) < alternativesPerFlow;
                if (listed) {
                    alternatives.merge(offer, 1, Integer::sum);
                    alternatives.merge(demand, 1, Integer::sum);
                } else {
                    notListed.merge(offer, 1, Integer::sum);
                    notListed.merge(demand, 1, Integer::sum);
                    if (!f.internal()) {
                        continue; // counted, and not kept: a region's unlisted alternatives are most of its pairs
                    }
                }
                result.put(f.key(), new Allocated(Allocation.Status.ALTERNATIVE, 0.0, 0.0, 0.0,
                        offerGone ? "offer-used" : "need-covered",
                        takers.getOrDefault(offerGone ? offer : demand, List.of()), listed));
                continue;
            }
            double offerUsed = quantity * f.offerPerUnit();
            left.put(offer, Math.max(0, left.get(offer) - offerUsed));
            left.put(demand, Math.max(0, left.get(demand) - quantity));
            used.merge(offer, offerUsed, Double::sum);
            used.merge(demand, quantity, Double::sum);
            String reason = null;
            List<String> competing = List.of();
            if (quantity < f.quantity() * (1 - NOTHING_LEFT)) {
                boolean offerShort = byOffer <= byNeed;
                reason = offerShort ? "partial-offer" : "partial-need";
                competing = takers.getOrDefault(offerShort ? offer : demand, List.of());
            }
            result.put(f.key(), new Allocated(Allocation.Status.RETAINED, quantity,
                    offerYearly == 0 ? null : offerUsed / offerYearly, needYearly == 0 ? null : quantity / needYearly,
                    reason, competing, true));
            take(f, offer, demand, takers, count);
        }
        return new AllocationResult(result, used, count, notListed);
    }

    private static void take(Finding f, String offer, String demand, Map<String, List<String>> takers,
                             Map<String, Integer> count) {
        takers.computeIfAbsent(offer, k -> new ArrayList<>()).add(f.key());
        takers.computeIfAbsent(demand, k -> new ArrayList<>()).add(f.key());
        count.merge(offer, 1, Integer::sum);
        count.merge(demand, 1, Integer::sum);
    }
}
