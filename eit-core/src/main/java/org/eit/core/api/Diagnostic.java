package org.eit.core.api;

import java.util.List;
import java.util.Objects;
import org.eit.core.model.FlowToClassify;
import org.eit.core.problem.Problem;

/**
 * The result of an analysis: the synergies found, the exchanges within one organisation (reported apart), the
 * network assessment, and the warnings met on the way. Immutable; its lists are in a stable order so that two runs
 * on the same inputs give the same diagnostic.
 *
 * @param territory  the territory's name
 * @param synergies  substitution and pooling synergies between different actors
 * @param internal   matches of an offer and a demand of the same actor
 * @param network    the 3-2 heuristic assessment, or null when the network pack is switched off
 * @param rulePacks  the rule packs that ran
 * @param warnings   problems that did not stop the analysis (actors placed by zone, flows that cannot be sized...)
 * @param leftOut    candidate pairs the rules found but the diagnostic does not list, because each flow lists
 *                   only its nearest partners (parameter {@code matching.max-partners})
 * @param toClassify flows no resource fits well enough yet: set aside from matching, listed with their closest
 *                   resources
 */
public record Diagnostic(String territory, List<Synergy> synergies, List<Synergy> internal,
                         NetworkAssessment network, List<String> rulePacks, List<Problem> warnings,
                         int leftOut, List<FlowToClassify> toClassify) {
    public Diagnostic {
        Objects.requireNonNull(territory, "Diagnostic.territory");
        synergies = List.copyOf(synergies);
        internal = List.copyOf(internal);
        rulePacks = List.copyOf(rulePacks);
        warnings = List.copyOf(warnings);
        toClassify = List.copyOf(toClassify);
    }
}
