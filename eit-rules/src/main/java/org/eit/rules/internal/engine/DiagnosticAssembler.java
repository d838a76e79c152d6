package org.eit.rules.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eit.core.api.Allocation;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FlowBalance;
import org.eit.core.api.Gains;
import org.eit.core.api.Justification;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.RefusedPair;
import org.eit.core.api.Synergy;
import org.eit.core.internal.collect.Parallel;
import org.eit.core.model.Flow;
import org.eit.core.problem.Problem;
import org.eit.rules.allocation.Allocated;
import org.eit.rules.allocation.AllocationResult;
import org.eit.rules.allocation.AllocationStage;
import org.eit.rules.explain.Amount;
import org.eit.rules.explain.PhraseBook;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.Reason;
import org.eit.rules.facts.Refused;
import org.eit.rules.gains.GainsStage;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.StageContext;

/**
 * Turns what the stages published ({@link Results}) into the {@link Diagnostic}: stable ids, sentences in both
 * languages, the allocation of each pair, Chertow types, each flow's balance, rounded numbers and a stable order.
 */
final class DiagnosticAssembler {
    /** The allocation's sentences (why an alternative, why partly). */
    private static final PhraseBook ALLOCATION = PhraseBook.of(AllocationStage.class);
    /** How many competing synergies a sentence names; the full list is in {@link Allocation#competing()}. */
    private static final int NAMED = 5;
    private static final Comparator<Synergy> ORDER = Comparator.comparing(Synergy::kind)
            .thenComparing(Synergy::resource)
            .thenComparing(Synergy::id);

    private DiagnosticAssembler() {
    }

    /**
     * The diagnostic, the sentences of its synergies and refused pairs taken from {@code sentencing} (started ahead,
     * or not): what is left of them is written here on the analysis's threads.
     */
    static Diagnostic build(StageContext results, List<String> packs, List<Problem> warnings,
                            Sentencing sentencing) {
        Map<String, Integer> chertow = results.find(Results.CHERTOW_TYPES).orElse(Map.of());
        AllocationResult allocation = results.find(AllocationStage.ALLOCATION).orElse(null);
        Map<String, Gains> gains = results.find(GainsStage.GAINS).orElse(Map.of());
        int threads = results.parameters().threads();
        sentencing.finish(threads);
        List<Synergy> retained = new ArrayList<>();
        List<Synergy> alternatives = new ArrayList<>();
        List<Synergy> internal = new ArrayList<>();
        for (int i = 0; i < sentencing.listed.size(); i++) {
            String key = sentencing.listed.get(i).key();
            Synergy synergy = completed(sentencing.synergies[i], chertow.getOrDefault(key, 0),
                    gains.getOrDefault(key, Gains.NONE));
            if (synergy.internal()) {
                internal.add(synergy);
            } else if (synergy.retained()) {
                retained.add(synergy);
            } else {
                alternatives.add(synergy);
            }
        }
        sort(retained, threads);
        sort(alternatives, threads);
        sort(internal, threads);
        List<RefusedPair> refused = java.util.Arrays.asList(sentencing.refused);
        Map<String, Integer> beyond = results.find(Results.BEYOND).orElse(Map.of());
        return new Diagnostic(results.territory().name(), retained, alternatives, internal, refused,
                balances(results, allocation, beyond), results.find(Results.NETWORK).orElse(null), packs, warnings,
                beyond.values().stream().mapToInt(Integer::intValue).sum(), allocation == null ? 0
                        : allocation.notListed().values().stream().mapToInt(Integer::intValue).sum() / 2,
                results.territory().toClassify(),
                results.find(GainsStage.TOTALS).orElse(Gains.NONE), results.find(GainsStage.APPROACH).orElse(null),
                results.find(Results.INDICATORS).orElse(List.of()), results.find(Results.AFOM).orElse(List.of()),
                results.find(Results.ACTIONS).orElse(List.of()), results.find(Results.GOVERNANCE).orElse(null),
                results.find(Results.OPPORTUNITY).orElse(null));
    }

    /** {@code s} with its Chertow type and gains, known only after the stages that follow the allocation. */
    private static Synergy completed(Synergy s, int chertowType, Gains gains) {
        return new Synergy(s.id(), s.kind(), s.rules(), s.relation(), s.actors(), s.flows(), s.resource(),
                s.demandedResource(), s.quantity(), s.unit(), s.period(), s.quantityBasis(), s.distanceKm(),
                chertowType, s.confidence(), s.explanation(), s.preparation(), s.source(), s.internal(), s.existing(),
                s.reachCriterion(), s.reach(), s.conditions(), s.allocation(), gains);
    }

    /**
     * The sentences of the findings listed and of the refused pairs, both languages. They depend on the detection
     * and the allocation only, which no later stage changes, so they may be written while the later stages run (most
     * of them on one thread, which leaves the other core idle): {@link #ahead} starts a thread that writes them in
     * chunks, and {@link #finish} writes what is left on the analysis's threads and waits for that one. The
     * sentences are the same whoever wrote them.
     */
    static final class Sentencing {
        private static final int CHUNK = 512;

        final List<Finding> listed;
        final Synergy[] synergies;
        final RefusedPair[] refused;
        private final List<Refused> pairs;
        private final AllocationResult allocation;
        private final Function<String, String> ids;
        private final int synergyChunks;
        private final int chunks;
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean stopped;
        private volatile Throwable failure;
        private Thread ahead;

        private Sentencing(StageContext results) {
            allocation = results.find(AllocationStage.ALLOCATION).orElse(null);
            List<Finding> findings = results.find(Results.FINDINGS).orElse(List.of());
            // With an allocation, a pair it has nothing for is an alternative it only counts.
            List<Boolean> shown = Parallel.map(findings, results.parameters().threads(), f -> {
                Allocated allocated = allocated(allocation, f);
                return allocation == null || !f.isPair() || f.internal() || allocated != null && allocated.listed();
            });
            List<Finding> kept = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                if (shown.get(i)) {
                    kept.add(findings.get(i));
                }
            }
            listed = kept;
            // Ids by key, made for the findings listed (those a sentence names, the retained, are among them): a
            // digest each, not for every pair.
            Map<String, Finding> byKey = new HashMap<>();
            listed.forEach(f -> byKey.put(f.key(), f));
            Map<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();
            ids = key -> made.computeIfAbsent(key, k -> id(byKey.get(k)));
            pairs = results.find(Results.REFUSED).orElse(List.of());
            synergies = new Synergy[listed.size()];
            refused = new RefusedPair[pairs.size()];
            synergyChunks = (listed.size() + CHUNK - 1) / CHUNK;
            chunks = synergyChunks + (pairs.size() + CHUNK - 1) / CHUNK;
        }

        /** Nothing written yet: all of it is written by {@link #finish}. */
        static Sentencing of(StageContext results) {
            return new Sentencing(results);
        }

        /** Started now on a thread of its own, when the analysis may use more than one. */
        static Sentencing ahead(StageContext results) {
            Sentencing sentencing = new Sentencing(results);
            if (results.parameters().threads() > 1) {
                sentencing.ahead = Parallel.background("eit-sentences", sentencing::write);
            }
            return sentencing;
        }

        /** Writes chunks until none is left (or {@link #stop}). */
        private void write() {
            try {
                for (int c = next.getAndIncrement(); c < chunks && !stopped; c = next.getAndIncrement()) {
                    chunk(c);
                }
            } catch (RuntimeException | Error e) {
                failure = e;
                stopped = true;
            }
        }

        private void chunk(int c) {
            if (c < synergyChunks) {
                for (int i = c * CHUNK; i < Math.min(listed.size(), (c + 1) * CHUNK); i++) {
                    Finding f = listed.get(i);
                    synergies[i] = synergy(f, 0, allocated(allocation, f), ids, Gains.NONE);
                }
                return;
            }
            int first = (c - synergyChunks) * CHUNK;
            for (int i = first; i < Math.min(pairs.size(), first + CHUNK); i++) {
                Refused r = pairs.get(i);
                Map<String, Object> vars = r.vars().get();
                refused[i] = new RefusedPair(r.offerFlow(), r.demandFlow(), r.actors(), r.relation(),
                        round(r.distanceKm()), r.reasons().stream().map(reason -> justify(reason, vars)).toList());
            }
        }

        /** Writes what is left on {@code threads} threads, waits for the thread started ahead; what failed is thrown. */
        void finish(int threads) {
            // One turn per thread, each taking chunks until none is left.
            List<Integer> workers = java.util.stream.IntStream.range(0, Math.max(1, threads)).boxed().toList();
            Parallel.inTurn(workers, threads, w -> {
                write();
                return w;
            });
            if (ahead != null) {
                try {
                    ahead.join();
                } catch (InterruptedException e) {
                    stop();
                    Thread.currentThread().interrupt();
                    throw new org.eit.core.api.AnalysisCancelledException();
                }
            }
            Throwable failed = failure;
            if (failed instanceof RuntimeException r) {
                throw r;
            }
            if (failed instanceof Error error) {
                throw error;
            }
        }

        /** The analysis ended before its diagnostic: the thread started ahead takes no more chunks. */
        void stop() {
            stopped = true;
        }
    }

    /** Sorted by {@link #ORDER}, on several threads when allowed (ids are unique: the order is the same). */
    private static void sort(List<Synergy> synergies, int threads) {
        Synergy[] array = synergies.toArray(Synergy[]::new);
        if (threads > 1) {
            java.util.Arrays.parallelSort(array, ORDER);
        } else {
            java.util.Arrays.sort(array, ORDER);
        }
        synergies.clear();
        synergies.addAll(java.util.Arrays.asList(array));
    }

    private static Allocated allocated(AllocationResult allocation, Finding f) {
        return allocation == null || !f.isPair() ? null : allocation.byFinding().get(f.key());
    }

    private static List<FlowBalance> balances(StageContext results, AllocationResult allocation,
                                              Map<String, Integer> beyond) {
        Map<String, Double> yearly = results.find(Results.YEARLY).orElse(Map.of());
        List<FlowBalance> flows = new ArrayList<>();
        for (Flow flow : results.territory().flows()) {
            Double quantity = yearly.get(flow.id());
            String unit = results.taxonomy().get(flow.resourceId()).defaultUnit().symbol();
            double allocated = allocation == null ? 0 : allocation.allocated().getOrDefault(flow.id(), 0.0);
            flows.add(new FlowBalance(flow.id(), flow.actorId(), flow.direction(), flow.resourceId(), round(quantity),
                    quantity == null ? null : unit, round(allocated), allocation == null ? 0
                    : allocation.retained().getOrDefault(flow.id(), 0), beyond.getOrDefault(flow.id(), 0)));
        }
        flows.sort(Comparator.comparing(FlowBalance::id));
        return flows;
    }

    private static Synergy synergy(Finding f, int chertowType, Allocated allocated, Function<String, String> ids,
                                   Gains gains) {
        Finding.Details details = f.details().get();
        Map<String, Object> vars = details.vars();
        LocalizedText explanation = join(f.reasons().stream()
                .map(r -> Sentences.render(r.template(), merged(vars, r))).toList());
        return new Synergy(ids.apply(f.key()), f.kind(), f.rules(), f.relation(), f.actors(), f.flows(),
                f.resource(),
                f.demandedResource(), round(f.quantity()), f.unit(),
                f.quantity() != null && f.perYear() ? "year" : null, details.quantityBasis(), round(f.distanceKm()),
                chertowType, f.confidence(), explanation, f.preparation(), f.source(), f.internal(), f.existing(),
                f.criterion(), f.reach() == null ? null : justify(f.reach(), vars),
                f.conditions().stream().map(c -> justify(c, vars)).toList(),
                allocated == null ? null : allocation(f, allocated, ids), gains);
    }

    private static Allocation allocation(Finding f, Allocated a, Function<String, String> ids) {
        List<String> competing = a.competing().stream().map(ids::apply).toList();
        LocalizedText reason = null;
        if (a.reason() != null) {
            reason = Sentences.render(ALLOCATION.phrase("reason." + a.reason(), "competing", named(competing),
                    "allocated", Amount.of(a.quantity(), f.unit()),
                    "quantity", Amount.of(f.quantity(), f.unit())));
        }
        return new Allocation(a.status(), round(a.quantity()), round(a.offerShare()), round(a.needShare()), reason,
                competing);
    }

    /** The first few synergies by id, and how many more: a sentence a person reads, however many took the flow. */
    private static Object named(List<String> competing) {
        if (competing.size() <= NAMED) {
            return String.join(", ", competing);
        }
        return ALLOCATION.phrase("competing.more", "list", String.join(", ", competing.subList(0, NAMED)), "more",
                competing.size() - NAMED);
    }

    private static Justification justify(Reason reason, Map<String, Object> pairVars) {
        return new Justification(reason.rule(), reason.reference(),
                Sentences.render(reason.template(), merged(pairVars, reason)));
    }

    private static Map<String, Object> merged(Map<String, Object> pairVars, Reason reason) {
        if (reason.values().isEmpty()) {
            return pairVars;
        }
        // A view, the rule's own values first: copying the pair's would work all of them out.
        Map<String, Object> own = reason.values();
        return new java.util.AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return own.containsKey(key) || pairVars.containsKey(key);
            }

            @Override
            public Object get(Object key) {
                return own.containsKey(key) ? own.get(key) : pairVars.get(key);
            }

            @Override
            public java.util.Set<Entry<String, Object>> entrySet() {
                Map<String, Object> all = new LinkedHashMap<>(pairVars);
                all.putAll(own);
                return all.entrySet();
            }
        };
    }

    private static LocalizedText join(List<LocalizedText> sentences) {
        if (sentences.size() == 1) {
            return sentences.get(0);
        }
        return new LocalizedText(String.join(" ", sentences.stream().map(LocalizedText::fr).toList()),
                String.join(" ", sentences.stream().map(LocalizedText::en).toList()));
    }

    /**
     * A stable id from what the synergy is: its kind and flows (and theme, for a group). The same flows get the same
     * id in every run, so diagnostic versions can be compared synergy by synergy.
     */
    static String id(Finding f) {
        return f.id();
    }

    /** Numbers in results keep four significant digits: enough for a study, and stable across platforms. */
    static Double round(Double value) {
        if (value == null) {
            return null;
        }
        return value == 0 ? 0.0 : org.eit.core.internal.text.Numbers.significant(value, 4);
    }
}
