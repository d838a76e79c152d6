package org.eit.rules.detection;

import org.eit.rules.facts.Reason;

/**
 * A rule of reach found a candidate pair worth the distance, by {@code criterion} ({@code heat-density},
 * {@code transport-cost}, {@code pipe-cost}, or {@code fixed-reach} when the figures a criterion needs are
 * missing). The synergy says which criterion held and why.
 */
public record WithinReach(Candidate candidate, String criterion, Reason reason) {
}
