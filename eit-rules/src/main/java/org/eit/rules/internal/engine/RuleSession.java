package org.eit.rules.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.eit.core.api.AnalysisCancelledException;
import org.eit.core.api.RuleException;
import org.eit.rules.RulesMessages;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * One stage's session: its own {@link KieSession}, the facts inserted, the rules of enabled packs fired up to a
 * limit, the results collected, and the session always disposed. A rule that fires without end (it re-triggers
 * itself) stops the analysis with an error that names it, its file and line; a cancelled analysis stops at the
 * next firing.
 */
final class RuleSession {
    private RuleSession() {
    }

    /** Facts left in working memory after firing, of the types asked for, and how many rules fired. */
    record Outcome(List<Object> results, long firings) {
    }

    static Outcome run(CompiledRules rules, List<?> facts, Set<String> disabledPacks, long maxFirings,
                       Collection<Class<?>> resultTypes, BooleanSupplier cancelled) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            Map<Rule, Long> firingsByRule = new HashMap<>();
            boolean[] halted = new boolean[1];
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firingsByRule.merge(event.getMatch().getRule(), 1L, Long::sum);
                    if (cancelled.getAsBoolean()) {
                        halted[0] = true;
                        event.getKieRuntime().halt();
                    }
                }
            });
            facts.forEach(session::insert);
            AgendaFilter enabled = match -> {
                String pkg = match.getRule().getPackageName();
                return !disabledPacks.contains(pkg.substring(pkg.lastIndexOf('.') + 1));
            };
            int fired = session.fireAllRules(enabled, (int) Math.min(Integer.MAX_VALUE, maxFirings));
            if (halted[0]) {
                throw new AnalysisCancelledException();
            }
            if (fired >= maxFirings) {
                Map.Entry<Rule, Long> busiest = firingsByRule.entrySet().stream()
                        .max(Map.Entry.comparingByValue()).orElseThrow();
                Rule rule = busiest.getKey();
                throw new RuleException(List.of(RulesMessages.MESSAGES.error("rule.runaway",
                        rules.locate(rule.getPackageName(), rule.getName()), "rule", rule.getName(),
                        busiest.getValue(), maxFirings)));
            }
            List<Object> results = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                for (Class<?> type : resultTypes) {
                    if (type.isInstance(fact)) {
                        results.add(fact);
                        break;
                    }
                }
            }
            return new Outcome(results, fired);
        } finally {
            session.dispose();
        }
    }
}
