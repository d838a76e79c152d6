package org.eit.rules.detection;

import org.eit.rules.facts.Reason;

/**
 * A rule of feasibility or reach refused a candidate pair: whatever the rules of synergy say of it, it is not a
 * synergy, and the diagnostic lists it with this reason, so that "why not?" has an answer.
 */
public record Refusal(Candidate candidate, Reason reason) {
}
