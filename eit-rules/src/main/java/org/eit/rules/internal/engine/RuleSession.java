package org.eit.rules.internal.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eit.core.api.AnalysisCancelledException;
import org.eit.core.api.RuleException;
import org.eit.rules.RulesMessages;
import org.eit.rules.internal.safety.Watchdog;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One stage's session: its own {@link KieSession}, the facts inserted, the rules of enabled packs fired up to a
 * limit, the results collected, and the session always disposed. A rule that fires without end (it re-triggers
 * itself), a rule nobody vouched for whose firing overruns its time, and a rule that fails stop the analysis with
 * an error that names it, its file and line; a cancelled analysis stops at the next firing.
 */
final class RuleSession {
    private RuleSession() {
    }

    /**
     * The limits of a session.
     *
     * @param maxFirings  firings before a rule is deemed to loop; 0 for 1,000,000 or 200 per fact
     * @param ruleTimeout how long one firing of a rule nobody vouched for may run
     * @param threads     sessions that judge batches side by side (1: one session on the calling thread)
     */
    record Limits(long maxFirings, Duration ruleTimeout, int threads) {
        Limits(long maxFirings, Duration ruleTimeout) {
            this(maxFirings, ruleTimeout, 1);
        }

        long forFacts(int facts) {
            return maxFirings > 0 ? maxFirings : Math.max(1_000_000L, 200L * facts);
        }
    }

    /**
     * Inserts {@code facts} and fires; then for each batch inserts its items, fires, keeps the facts of
     * {@code resultTypes} the batch brought into memory, and deletes the batch's items and whatever their firing
     * inserted, so that memory holds the base facts and one batch. The items first, so that no rule is activated
     * by the removal of what they caused. {@code results} receives each batch's results, then what the base facts
     * left; returns how many rules fired.
     *
     * <p>With {@link Limits#threads()} above one and several batches, as many sessions are made, each with the base
     * facts, and share the batches out (batch {@code i} to session {@code i mod threads}). A batch sees only the
     * base facts and itself, the same in every session, so it brings the same results wherever it is judged; they
     * are handed to {@code results} in the batches' order, so the outcome does not depend on the threads.
     */
    static long run(CompiledRules rules, List<?> facts, Iterable<? extends List<?>> batches,
                    Set<String> disabledPacks, Limits limits, Collection<Class<?>> resultTypes,
                    BooleanSupplier cancelled, Consumer<List<Object>> results) {
        return run(rules, facts, batches, disabledPacks, limits, resultTypes, cancelled,
                java.util.function.Function.identity(), results);
    }

    /**
     * As {@link #run(CompiledRules, List, Iterable, Set, Limits, Collection, BooleanSupplier, Consumer)}, each
     * batch's results turned by {@code perBatch} on the thread that judged the batch.
     */
    static <R> long run(CompiledRules rules, List<?> facts, Iterable<? extends List<?>> batches,
                        Set<String> disabledPacks, Limits limits, Collection<Class<?>> resultTypes,
                        BooleanSupplier cancelled, java.util.function.Function<List<Object>, R> perBatch,
                        Consumer<R> results) {
        List<List<?>> all = new ArrayList<>();
        batches.forEach(all::add);
        int threads = Math.max(1, Math.min(limits.threads(), all.size()));
        if (threads == 1) {
            try (Worker worker = new Worker(rules, disabledPacks, limits, resultTypes, cancelled)) {
                worker.base(facts);
                for (List<?> batch : all) {
                    results.accept(perBatch.apply(worker.batch(batch, facts.size())));
                }
                results.accept(perBatch.apply(worker.left()));
                return worker.total();
            }
        }
        List<R> found = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        BooleanSupplier stop = () -> failed.get() || cancelled.getAsBoolean();
        // Not Parallel.map: each thread keeps one session (and its base facts) across its batches, and the failure
        // reported must be the rule's, not another session's stopping because of it.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
                task -> {
                    Thread thread = new Thread(task, "eit-rules");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<java.util.concurrent.Future<long[]>> workers = new ArrayList<>();
            List<R> left = new ArrayList<>(java.util.Collections.nCopies(1, null));
            for (int w = 0; w < threads; w++) {
                int first = w;
                workers.add(pool.submit(() -> {
                    try (Worker worker = new Worker(rules, disabledPacks, limits, resultTypes, stop)) {
                        long base = worker.base(facts);
                        for (int i = first; i < all.size(); i += threads) {
                            found.set(i, perBatch.apply(worker.batch(all.get(i), facts.size())));
                        }
                        if (first == 0) {
                            left.set(0, perBatch.apply(worker.left()));
                        }
                        return new long[] {base, worker.total() - base};
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            long fired = 0;
            Throwable failure = null;
            for (int w = 0; w < workers.size(); w++) {
                try {
                    long[] counts = workers.get(w).get();
                    // The base facts fire in every session: counted once.
                    fired += (w == 0 ? counts[0] : 0) + counts[1];
                } catch (java.util.concurrent.ExecutionException e) {
                    // The first failure that is not the others stopping because of it.
                    if (failure == null || failure instanceof AnalysisCancelledException) {
                        failure = e.getCause();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    throw new AnalysisCancelledException();
                }
            }
            if (failure != null) {
                if (failure instanceof AnalysisCancelledException && !cancelled.getAsBoolean()) {
                    // Stopped because another session failed; that failure is the one reported above.
                    throw new IllegalStateException(failure);
                }
                if (failure instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) failure;
            }
            found.forEach(results);
            results.accept(left.get(0));
            return fired;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One session and what watches it: the base facts, then batches one at a time. */
    private static final class Worker implements AutoCloseable {
        private final CompiledRules rules;
        private final Limits limits;
        private final Collection<Class<?>> resultTypes;
        private final KieSession session;
        // By rule object, a counter each: a region's million firings box no number.
        private final Map<Rule, long[]> firingsByRule = new java.util.IdentityHashMap<>();
        private final Rule[] firing = new Rule[1];
        private final Rule[] overran = new Rule[1];
        private final boolean[] halted = new boolean[1];
        private final AgendaFilter enabled;
        private final List<FactHandle> inserted = new ArrayList<>();
        private long total;

        Worker(CompiledRules rules, Set<String> disabledPacks, Limits limits, Collection<Class<?>> resultTypes,
               BooleanSupplier cancelled) {
            this.rules = rules;
            this.limits = limits;
            this.resultTypes = resultTypes;
            this.session = rules.kieBase().newKieSession();
            long timeoutNanos = limits.ruleTimeout().toNanos();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    firing[0] = event.getMatch().getRule();
                    if (rules.untrusted().contains(firing[0].getPackageName())) {
                        Watchdog.start(timeoutNanos);
                    }
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    boolean overrun = Watchdog.overrun();
                    Watchdog.stop();
                    if (overrun) {
                        // The rule's code caught the timeout and returned late: the analysis ends all the same.
                        overran[0] = event.getMatch().getRule();
                        event.getKieRuntime().halt();
                    }
                    firing[0] = null;
                    firingsByRule.computeIfAbsent(event.getMatch().getRule(), r -> new long[1])[0]++;
                    if (cancelled.getAsBoolean()) {
                        halted[0] = true;
                        event.getKieRuntime().halt();
                    }
                }
            });
            // No filter when every pack is on: it would cut a package name for each of a region's million firings.
            this.enabled = disabledPacks.isEmpty() ? null : match -> {
                String pkg = match.getRule().getPackageName();
                return !disabledPacks.contains(pkg.substring(pkg.lastIndexOf('.') + 1));
            };
        }

        /** Inserts the base facts and fires; from then on, what is inserted is recorded, to be removed. */
        long base(List<?> facts) {
            return guarded(() -> {
                facts.forEach(session::insert);
                long fired = fire(limits.forFacts(facts.size()));
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        inserted.add(event.getFactHandle());
                    }
                });
                return fired;
            });
        }

        /** Judges one batch: its results, and the batch and what it brought removed. */
        List<Object> batch(List<?> batch, int baseFacts) {
            List<Object> found = new ArrayList<>();
            guarded(() -> {
                inserted.clear();
                batch.forEach(session::insert);
                firingsByRule.clear();
                long fired = fire(limits.forFacts(baseFacts + batch.size()));
                List<FactHandle> handles = List.copyOf(inserted);
                for (FactHandle handle : handles) {
                    Object fact = live(handle);
                    if (fact != null && isResult(fact, resultTypes)) {
                        found.add(fact);
                    }
                }
                for (FactHandle handle : handles) {
                    if (live(handle) != null) {
                        session.delete(handle);
                    }
                }
                return fired;
            });
            return found;
        }

        /**
         * The fact of a handle this session made, or null once a rule deleted it: read from the handle itself (the
         * session's own lookup goes through its object store, a tenth of a region's judging).
         */
        private Object live(FactHandle handle) {
            if (handle instanceof org.drools.core.common.InternalFactHandle internal) {
                return internal.isValid() ? internal.getObject() : null;
            }
            return session.getObject(handle);
        }

        /** What the base facts left in memory, of the result types. */
        List<Object> left() {
            List<Object> left = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (isResult(fact, resultTypes)) {
                    left.add(fact);
                }
            }
            return left;
        }

        long total() {
            return total;
        }

        /** Runs {@code work}, adds what fired, and turns what a rule threw into an error that names it. */
        private long guarded(java.util.function.LongSupplier work) {
            try {
                long fired = work.getAsLong();
                total += fired;
                return fired;
            } catch (RuleException | AnalysisCancelledException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | Watchdog.Timeout e) {
                // Drools wraps what a consequence throws; the cause says what happened in the rule that was firing.
                Throwable cause = rootCause(e);
                if (firing[0] == null) {
                    throw e;
                }
                if (cause instanceof Watchdog.Timeout) {
                    throw failure("rule.timeout", rules, firing[0], limits.ruleTimeout().toMillis() / 1000.0);
                }
                if (cause instanceof OutOfMemoryError) {
                    throw failure("rule.out-of-memory", rules, firing[0]);
                }
                throw failure("rule.failed", rules, firing[0], cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            } finally {
                Watchdog.stop();
            }
        }

        /** Fires what is active, up to {@code maxFirings}; a rule that overran, a cancel or a runaway ends it. */
        private long fire(long maxFirings) {
            int fired = session.fireAllRules(enabled, (int) Math.min(Integer.MAX_VALUE, maxFirings));
            if (overran[0] != null) {
                throw failure("rule.timeout", rules, overran[0], limits.ruleTimeout().toMillis() / 1000.0);
            }
            if (halted[0]) {
                throw new AnalysisCancelledException();
            }
            if (fired >= maxFirings) {
                // The rule that fired most; between equals, the first by package and name, whatever the map's order.
                Map.Entry<Rule, long[]> busiest = firingsByRule.entrySet().stream()
                        .max(java.util.Comparator.<Map.Entry<Rule, long[]>>comparingLong(e -> e.getValue()[0])
                                .thenComparing(e -> e.getKey().getPackageName(),
                                        java.util.Comparator.reverseOrder())
                                .thenComparing(e -> e.getKey().getName(), java.util.Comparator.reverseOrder()))
                        .orElseThrow();
                throw failure("rule.runaway", rules, busiest.getKey(), busiest.getValue()[0], maxFirings);
            }
            return fired;
        }

        @Override
        public void close() {
            Watchdog.stop();
            session.dispose();
        }
    }

    private static boolean isResult(Object fact, Collection<Class<?>> resultTypes) {
        for (Class<?> type : resultTypes) {
            if (type.isInstance(fact)) {
                return true;
            }
        }
        return false;
    }

    private static RuleException failure(String code, CompiledRules rules, Rule rule, Object... args) {
        return new RuleException(List.of(RulesMessages.MESSAGES.error(code,
                rules.locate(rule.getPackageName(), rule.getName()), "rule", rule.getName(), args)));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof Watchdog.Timeout) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }
}
