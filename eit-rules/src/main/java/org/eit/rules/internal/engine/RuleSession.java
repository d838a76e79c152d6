package org.eit.rules.internal.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
     */
    record Limits(long maxFirings, Duration ruleTimeout) {
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
     */
    static long run(CompiledRules rules, List<?> facts, Iterable<? extends List<?>> batches,
                    Set<String> disabledPacks, Limits limits, Collection<Class<?>> resultTypes,
                    BooleanSupplier cancelled, Consumer<List<Object>> results) {
        Duration ruleTimeout = limits.ruleTimeout();
        KieSession session = rules.kieBase().newKieSession();
        Map<Rule, Long> firingsByRule = new HashMap<>();
        Rule[] firing = new Rule[1];
        Rule[] overran = new Rule[1];
        boolean[] halted = new boolean[1];
        long timeoutNanos = ruleTimeout.toNanos();
        try {
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
                    firingsByRule.merge(event.getMatch().getRule(), 1L, Long::sum);
                    if (cancelled.getAsBoolean()) {
                        halted[0] = true;
                        event.getKieRuntime().halt();
                    }
                }
            });
            AgendaFilter enabled = match -> {
                String pkg = match.getRule().getPackageName();
                return !disabledPacks.contains(pkg.substring(pkg.lastIndexOf('.') + 1));
            };
            facts.forEach(session::insert);
            long fired = fire(session, enabled, limits.forFacts(facts.size()), rules, firingsByRule, overran, halted,
                    ruleTimeout);
            List<FactHandle> inserted = new ArrayList<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    inserted.add(event.getFactHandle());
                }
            });
            for (List<?> batch : batches) {
                inserted.clear();
                batch.forEach(session::insert);
                firingsByRule.clear();
                fired += fire(session, enabled, limits.forFacts(facts.size() + batch.size()), rules, firingsByRule,
                        overran, halted, ruleTimeout);
                List<FactHandle> handles = List.copyOf(inserted);
                List<Object> found = new ArrayList<>();
                for (FactHandle handle : handles) {
                    Object fact = session.getObject(handle);
                    if (fact != null && isResult(fact, resultTypes)) {
                        found.add(fact);
                    }
                }
                for (FactHandle handle : handles) {
                    if (session.getObject(handle) != null) {
                        session.delete(handle);
                    }
                }
                results.accept(found);
            }
            List<Object> left = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (isResult(fact, resultTypes)) {
                    left.add(fact);
                }
            }
            results.accept(left);
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
                throw failure("rule.timeout", rules, firing[0], ruleTimeout.toMillis() / 1000.0);
            }
            if (cause instanceof OutOfMemoryError) {
                throw failure("rule.out-of-memory", rules, firing[0]);
            }
            throw failure("rule.failed", rules, firing[0], cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } finally {
            Watchdog.stop();
            session.dispose();
        }
    }

    /** Fires what is active, up to {@code maxFirings}; a rule that overran, a cancel or a runaway ends it. */
    private static long fire(KieSession session, AgendaFilter enabled, long maxFirings, CompiledRules rules,
                             Map<Rule, Long> firingsByRule, Rule[] overran, boolean[] halted,
                             Duration ruleTimeout) {
        int fired = session.fireAllRules(enabled, (int) Math.min(Integer.MAX_VALUE, maxFirings));
        if (overran[0] != null) {
            throw failure("rule.timeout", rules, overran[0], ruleTimeout.toMillis() / 1000.0);
        }
        if (halted[0]) {
            throw new AnalysisCancelledException();
        }
        if (fired >= maxFirings) {
            Map.Entry<Rule, Long> busiest = firingsByRule.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            throw failure("rule.runaway", rules, busiest.getKey(), busiest.getValue(), maxFirings);
        }
        return fired;
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
