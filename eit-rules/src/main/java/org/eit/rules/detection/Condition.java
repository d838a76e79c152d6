package org.eit.rules.detection;

import org.eit.rules.facts.Reason;

/**
 * What a feasible pair still requires (a pasteurisation, a registration, an end-of-waste status, a permit): the
 * synergy is proposed with it, so that the study puts it in the action's steps.
 */
public record Condition(Candidate candidate, Reason reason) {
}
