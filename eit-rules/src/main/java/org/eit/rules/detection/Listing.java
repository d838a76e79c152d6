package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eit.rules.facts.Finding;

/**
 * Which findings the diagnostic lists: for each offer and each demand its {@code max} nearest partners (then by
 * key, so the choice is stable), since a flow with dozens of possible partners within reach lists the few a
 * facilitator would call first (parameter {@code matching.max-partners}). A pair stays when it is among the nearest
 * of its offer or of its demand. Groups (pooling themes) are kept.
 */
final class Listing {
    private Listing() {
    }

    static List<Finding> nearestPartners(List<Finding> findings, int max) {
        if (max <= 0) {
            return findings;
        }
        Comparator<Finding> nearest = Comparator.comparingDouble(Listing::distanceOrMax)
                .thenComparing(Finding::key);
        Map<String, List<Finding>> byFlow = new HashMap<>();
        for (Finding f : findings) {
            if (f.flows().size() == 2) {
                byFlow.computeIfAbsent(f.flows().get(0), k -> new ArrayList<>()).add(f);
                byFlow.computeIfAbsent(f.flows().get(1), k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> keep = new HashSet<>();
        for (List<Finding> candidates : byFlow.values()) {
            candidates.sort(nearest);
            candidates.stream().limit(max).forEach(f -> keep.add(f.key()));
        }
        return findings.stream().filter(f -> f.flows().size() != 2 || keep.contains(f.key())).toList();
    }

    private static double distanceOrMax(Finding f) {
        return f.distanceKm() == null ? Double.MAX_VALUE : f.distanceKm();
    }
}
