package org.eit.rules.engine;

import java.util.List;
import java.util.Map;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.kie.api.KieBase;

/**
 * A rule base ready for sessions, with the compiler's warnings and where each rule is written (for messages that
 * name a rule's file and line).
 */
record CompiledRules(KieBase kieBase, List<Problem> warnings, Map<String, Location> ruleLocations,
                     List<String> packs) {
    CompiledRules {
        warnings = List.copyOf(warnings);
        ruleLocations = Map.copyOf(ruleLocations);
        packs = List.copyOf(packs);
    }

    Location locate(String rule) {
        return ruleLocations.getOrDefault(rule, Location.NOWHERE);
    }
}
