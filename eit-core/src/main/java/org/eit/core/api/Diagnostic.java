package org.eit.core.api;

import java.util.List;
import java.util.Objects;
import org.eit.core.model.FlowToClassify;
import org.eit.core.problem.Problem;

/**
 * The result of an analysis: the synergies retained, the alternatives (feasible, within reach, but an offer or a need
 * they would use is taken by a better one), the exchanges within one organisation (reported apart), the pairs
 * refused and why, each flow's balance, the network assessment, and the warnings met on the way. Immutable; its
 * lists are in a stable order so that two runs on the same inputs give the same diagnostic.
 *
 * @param territory      the territory's name
 * @param synergies      retained substitution and pooling synergies between different actors
 * @param alternatives   synergies between different actors not retained, each with the reason
 * @param internal       matches of an offer and a demand of the same actor, retained or not
 * @param refused        pairs the rules of feasibility or reach refused, with their reasons
 * @param flows          every flow with what the retained synergies use or cover of it
 * @param network        the 3-2 heuristic assessment, or null when the network pack is switched off
 * @param rulePacks      the rule packs that ran
 * @param warnings       problems that did not stop the analysis (actors placed by zone, flows that cannot be
 *                       sized...)
 * @param partnersBeyond compatible partners beyond each flow's nearest, summed over the flows (parameter
 *                       {@code matching.candidates-per-flow}): the engine did not judge them
 * @param alternativesNotListed alternatives found but not listed (each flow lists its best
 *                       {@code allocation.alternatives-per-flow})
 * @param toClassify     flows no resource fits well enough yet: set aside from matching, listed with their closest
 *                       resources
 * @param gains          the territory's gains a year: the sum of the retained synergies' and internal loops'
 *                       (actors counted once)
 * @param approach       what the study and its facilitation cost, or null when the gains stage did not run
 * @param indicators     the territorial indicators
 * @param afom           the AFOM items (strengths, weaknesses, opportunities, threats)
 * @param actions        the action programme, by priority
 * @param governance     the recommended governance, or null
 * @param opportunity    the opportunity note, or null
 */
public record Diagnostic(String territory, List<Synergy> synergies, List<Synergy> alternatives,
                         List<Synergy> internal, List<RefusedPair> refused, List<FlowBalance> flows,
                         NetworkAssessment network, List<String> rulePacks, List<Problem> warnings,
                         int partnersBeyond, int alternativesNotListed, List<FlowToClassify> toClassify, Gains gains,
                         ApproachCost approach, List<Indicator> indicators, List<AfomItem> afom,
                         List<Action> actions, Governance governance, OpportunityNote opportunity) {
    public Diagnostic {
        Objects.requireNonNull(territory, "Diagnostic.territory");
        synergies = List.copyOf(synergies);
        alternatives = List.copyOf(alternatives);
        internal = List.copyOf(internal);
        refused = List.copyOf(refused);
        flows = List.copyOf(flows);
        rulePacks = List.copyOf(rulePacks);
        warnings = List.copyOf(warnings);
        toClassify = List.copyOf(toClassify);
        gains = gains == null ? Gains.NONE : gains;
        indicators = List.copyOf(indicators);
        afom = List.copyOf(afom);
        actions = List.copyOf(actions);
    }
}
