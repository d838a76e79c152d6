package org.eit.rules.internal.engine;

import java.util.List;
import java.util.Map;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.kie.api.KieBase;

/**
 * The rule base of one stage, ready for sessions, with the compiler's warnings and where each rule is written
 * (for messages that name a rule's file and line).
 *
 * @param kieBase       the compiled rules
 * @param warnings      the compiler's warnings
 * @param ruleLocations where each rule is written, by {@code package + "." + name}
 * @param packs         the packs compiled in, sorted
 * @param untrusted     the DRL packages of rules nobody vouched for: their firings have a deadline
 */
record CompiledRules(KieBase kieBase, List<Problem> warnings, Map<String, Location> ruleLocations,
                     List<String> packs, java.util.Set<String> untrusted) {
    CompiledRules {
        warnings = List.copyOf(warnings);
        ruleLocations = Map.copyOf(ruleLocations);
        packs = List.copyOf(packs);
        untrusted = java.util.Set.copyOf(untrusted);
    }

    Location locate(String pkg, String rule) {
        return ruleLocations.getOrDefault(pkg + "." + rule, Location.NOWHERE);
    }
}
