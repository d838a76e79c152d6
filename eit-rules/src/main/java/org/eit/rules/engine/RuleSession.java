package org.eit.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.RuleException;
import org.eit.rules.RulesMessages;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * One analysis in Drools: a session of its own, the facts inserted, the rules fired up to a limit, the results
 * collected, and the session always disposed. A rule that fires without end (it re-triggers itself) stops the
 * analysis with an error that names it, its file and line.
 */
final class RuleSession {
    private RuleSession() {
    }

    /** Facts left in working memory after firing, by the classes asked for. */
    record Outcome(List<Object> results, long firings) {
    }

    static Outcome run(CompiledRules rules, List<Object> facts, List<String> disabledPacks, long maxFirings,
                       List<Class<?>> resultTypes) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            Map<String, Long> firingsByRule = new HashMap<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firingsByRule.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
                }
            });
            facts.forEach(session::insert);
            AgendaFilter enabled = match -> {
                String pack = match.getRule().getPackageName();
                return !disabledPacks.contains(pack.substring(pack.lastIndexOf('.') + 1));
            };
            int fired = session.fireAllRules(enabled, (int) Math.min(Integer.MAX_VALUE, maxFirings));
            if (fired >= maxFirings) {
                Map.Entry<String, Long> busiest = firingsByRule.entrySet().stream()
                        .max(Map.Entry.comparingByValue()).orElseThrow();
                throw new RuleException(List.of(RulesMessages.MESSAGES.error("rule.runaway", rules.locate(busiest.getKey()),
                        "rule", busiest.getKey(), busiest.getValue(), maxFirings)));
            }
            List<Object> results = new ArrayList<>();
            for (Class<?> type : resultTypes) {
                results.addAll(session.getObjects(type::isInstance));
            }
            return new Outcome(results, fired);
        } finally {
            session.dispose();
        }
    }
}
