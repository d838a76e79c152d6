package org.eit.rules.compatibility;

/** The criterion that decides how far a pair of resources pays, in the pair's mode. */
public record PairCriterion(Reached pair, ReachCriterion criterion) {
}
