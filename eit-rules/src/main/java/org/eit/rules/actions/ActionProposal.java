package org.eit.rules.actions;

import java.util.List;
import java.util.Map;
import org.eit.core.api.LocalizedText;

/**
 * An action as a rule proposed it, before its priority, gains and sentences are worked out.
 *
 * @param id          the rule and what it is about
 * @param rule        the rule's name
 * @param template    the rule's {@code @fr}/{@code @en} title
 * @param follow      the rule's {@code @followFr}/{@code @followEn}: the indicator to follow it by
 * @param vars        the title's values
 * @param type        quick-win, study, pilot, investment or facilitation
 * @param horizon     short, medium or long
 * @param feasibility easy, medium or hard: with the gains, it gives the priority ({@code priority-matrix.csv})
 * @param lead        the actor that leads it, or null for the facilitator
 * @param synergies   the synergies it carries
 * @param afom        the AFOM items it answers (their ids)
 * @param actors      actors involved beyond those of its synergies (an observation's actor)
 */
public record ActionProposal(String id, String rule, LocalizedText template, LocalizedText follow,
                             Map<String, Object> vars, String type, String horizon, String feasibility, String lead,
                             List<SynergyFact> synergies, List<String> afom, List<String> actors) {
    public ActionProposal {
        vars = Map.copyOf(vars);
        synergies = List.copyOf(synergies);
        afom = List.copyOf(afom);
        actors = List.copyOf(actors);
    }
}
