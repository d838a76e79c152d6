package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.internal.collect.Parallel;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.Reason;
import org.eit.rules.facts.Refused;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules of feasibility and reach call to judge a candidate, with the values their sentence needs, name
 * then value: {@code insert( refuse( drools.getRule(), $c, "moisture", $c.offer.moisturePct ) )}.
 */
public final class Verdicts {
    private Verdicts() {
    }

    /** The pair is not feasible, or not worth the distance. */
    public static Refusal refuse(Rule rule, Candidate candidate, Object... keyValues) {
        return new Refusal(candidate, Reason.of(rule, keyValues));
    }

    /** The pair is worth the distance by {@code criterion}. */
    public static WithinReach reach(Rule rule, Candidate candidate, String criterion, Object... keyValues) {
        return new WithinReach(candidate, criterion, Reason.of(rule, keyValues));
    }

    /** The pair is feasible on a condition the rule's sentence states. */
    public static Condition condition(Rule rule, Candidate candidate, Object... keyValues) {
        return new Condition(candidate, Reason.of(rule, keyValues));
    }

    /**
     * What the rules made of the candidates, put together batch by batch: a pair proposed and not refused is one
     * finding (every rule that proposed it, the criterion of reach that held, the conditions); a pair proposed and
     * refused keeps its reasons; groups of one theme with the same actors become one finding.
     */
    static final class Collected {
        private static final Comparator<Reason> BY_RULE = Comparator.comparing(Reason::rule);

        // Findings in the order found (the batches', whatever the threads): a region has hundreds of thousands of
        // pairs, and sorting their keys cost a second; those who need an order sort what they keep. Refused pairs
        // by key, sorted once at the end.
        private final Map<String, Finding> findings = new java.util.LinkedHashMap<>();
        private final Map<String, Refused> refused = new HashMap<>();
        private final Map<String, List<GroupProposal>> groups = new TreeMap<>();

        private final int threads;
        private long nanos;

        /** @param threads how many threads the groups and the sorting may use */
        Collected(int threads) {
            this.threads = threads;
        }

        /** The time spent in {@link #add}, in milliseconds. */
        long millis() {
            return nanos / 1_000_000;
        }

        /** What one batch's results make: its findings, its refused pairs and the group proposals. */
        record Judged(List<Finding> findings, List<Refused> refused, List<GroupProposal> groups) {
        }

        /**
         * Puts one batch's results together (or the base facts'): reads nothing shared, so batches judged side by
         * side are put together where they were judged.
         */
        static Judged judge(List<Object> results) {
            Map<Candidate, Verdict> judged = new IdentityHashMap<>();
            List<GroupProposal> groups = new ArrayList<>();
            for (Object result : results) {
                if (result instanceof Proposal p) {
                    judged.computeIfAbsent(p.candidate(), c -> new Verdict()).proposals.add(p);
                } else if (result instanceof Refusal r) {
                    judged.computeIfAbsent(r.candidate(), c -> new Verdict()).refusals.add(r.reason());
                } else if (result instanceof WithinReach w) {
                    judged.computeIfAbsent(w.candidate(), c -> new Verdict()).reaches.add(w);
                } else if (result instanceof Condition c) {
                    judged.computeIfAbsent(c.candidate(), x -> new Verdict()).conditions.add(c);
                } else if (result instanceof GroupProposal g) {
                    groups.add(g);
                }
            }
            List<Finding> findings = new ArrayList<>();
            List<Refused> refused = new ArrayList<>();
            judged.forEach((candidate, verdicts) -> {
                if (verdicts.proposals.isEmpty()) {
                    return; // no rule of synergy wanted it: nothing to explain
                }
                if (!verdicts.refusals.isEmpty()) {
                    verdicts.refusals.sort(BY_RULE);
                    refused.add(new Refused(candidate.getOffer().getId(), candidate.getDemand().getId(),
                            candidate.isInternal() ? List.of(candidate.getOffer().getActor())
                                    : List.of(candidate.getOffer().getActor(), candidate.getDemand().getActor()),
                            candidate.getAccepts().relation(),
                            Double.isFinite(candidate.getDistanceKm()) ? candidate.getDistanceKm() : null,
                            verdicts.refusals, () -> Findings.pairVars(candidate)));
                    return;
                }
                verdicts.proposals.sort(Comparator.comparing(p -> p.reason().rule()));
                verdicts.reaches.sort(Comparator.comparing(w -> w.reason().rule()));
                verdicts.conditions.sort(Comparator.comparing(c -> c.reason().rule()));
                findings.add(Findings.pair(candidate, verdicts.proposals,
                        verdicts.reaches.isEmpty() ? null : verdicts.reaches.get(0), verdicts.conditions));
            });
            return new Judged(findings, refused, groups);
        }

        /** The results of one batch (or of the base facts). */
        void add(List<Object> results) {
            add(judge(results));
        }

        /** What one batch made, put with the others'. */
        void add(Judged batch) {
            long start = System.nanoTime();
            batch.refused().forEach(r -> refused.put(r.key(), r));
            batch.findings().forEach(f -> findings.merge(f.key(), f, Finding::alsoFoundBy));
            for (GroupProposal g : batch.groups()) {
                String actors = String.join(",", new TreeSet<>(g.members().stream().map(PoolMember::actor)
                        .toList()));
                groups.computeIfAbsent(g.theme().id() + "|" + actors, k -> new ArrayList<>()).add(g);
            }
            nanos += System.nanoTime() - start;
        }

        /** Every finding: the pairs in the order they were found, then the groups by theme and actors. */
        List<Finding> findings() {
            // Each group is made on its own (a region's largest have thousands of members), then merged in order.
            List<Finding> made = Parallel.map(List.copyOf(groups.values()), threads, 2, same -> {
                Map<String, PoolMember> members = new TreeMap<>();
                List<Reason> reasons = new ArrayList<>();
                for (GroupProposal g : same) {
                    g.members().forEach(m -> members.putIfAbsent(m.demand().getId(), m));
                    if (reasons.stream().noneMatch(r -> r.rule().equals(g.reason().rule()))) {
                        reasons.add(g.reason());
                    }
                }
                reasons.sort(BY_RULE);
                return Findings.group(reasons, same.get(0).theme(), List.copyOf(members.values()));
            });
            made.forEach(finding -> findings.merge(finding.key(), finding, Finding::alsoFoundBy));
            groups.clear();
            return List.copyOf(findings.values());
        }

        /** The pairs proposed but refused, by key. */
        List<Refused> refused() {
            return byKey(refused, threads);
        }

        /** The values by key; sorted on several threads when allowed (the order is the keys', whatever the threads). */
        private static <T> List<T> byKey(Map<String, T> map, int threads) {
            @SuppressWarnings("unchecked")
            Map.Entry<String, T>[] entries = map.entrySet().toArray(new Map.Entry[0]);
            if (threads > 1) {
                java.util.Arrays.parallelSort(entries, Map.Entry.comparingByKey());
            } else {
                java.util.Arrays.sort(entries, Map.Entry.comparingByKey());
            }
            List<T> values = new ArrayList<>(entries.length);
            for (Map.Entry<String, T> e : entries) {
                values.add(e.getValue());
            }
            return List.copyOf(values);
        }

        private static final class Verdict {
            final List<Proposal> proposals = new ArrayList<>();
            final List<Reason> refusals = new ArrayList<>();
            final List<WithinReach> reaches = new ArrayList<>();
            final List<Condition> conditions = new ArrayList<>();
        }
    }
}
