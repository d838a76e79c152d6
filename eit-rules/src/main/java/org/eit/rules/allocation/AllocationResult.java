package org.eit.rules.allocation;

import java.util.Map;

/**
 * The allocation of a territory's pairs.
 *
 * @param byFinding what each pair was given, by finding key: the retained pairs, the alternatives listed and the
 *                  internal loops; an alternative between two actors that is not listed is only counted
 *                  ({@code notListed}) and is absent
 * @param allocated per flow, the part of its yearly quantity the retained pairs use or cover, in its unit
 * @param retained  per flow, how many retained pairs it takes part in
 * @param notListed per flow, how many of its alternatives are counted but not listed
 */
public record AllocationResult(Map<String, Allocated> byFinding, Map<String, Double> allocated,
                               Map<String, Integer> retained, Map<String, Integer> notListed) {
    public AllocationResult {
        notListed = Map.copyOf(notListed);
        // A region has hundreds of thousands of pairs: a hash map copies them faster than an immutable map does.
        byFinding = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byFinding));
        allocated = Map.copyOf(allocated);
        retained = Map.copyOf(retained);
    }
}
