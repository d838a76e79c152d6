package org.eit.rules.detection;

import org.eit.core.api.SynergyKind;
import org.eit.rules.facts.Reason;

/**
 * A rule of synergy found a candidate pair to be a synergy of {@code kind}. Unless a rule of feasibility or reach
 * refused the pair, it becomes one finding with the reasons of every rule that proposed it.
 */
public record Proposal(SynergyKind kind, Candidate candidate, Reason reason) {
}
