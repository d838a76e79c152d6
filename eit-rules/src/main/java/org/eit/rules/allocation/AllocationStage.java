package org.eit.rules.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eit.rules.facts.Finding;
import org.eit.rules.spi.ResultKey;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * Shares each offer and each need out among the pairs detection found ({@link Allocator}), and publishes
 * {@link #ALLOCATION} and {@link Results#RETAINED}: the stages after it (network, gains, diagnostic) count what is
 * retained, so that no quantity is counted twice.
 */
public final class AllocationStage implements Stage {
    public static final String NAME = "allocation";
    /** What each pair was given, and what each flow has given or received. */
    public static final ResultKey<AllocationResult> ALLOCATION = ResultKey.of("allocation", AllocationResult.class);
    /** How many alternatives each flow lists, its best first; the others are counted, not listed. */
    public static final String ALTERNATIVES_PER_FLOW = "allocation.alternatives-per-flow";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void run(StageContext context) {
        List<Finding> findings = context.find(Results.FINDINGS).orElse(List.of());
        Map<String, Double> yearly = context.find(Results.YEARLY).orElse(Map.of());
        List<Finding> pairs = findings.stream().filter(Finding::isPair).toList();
        Map<String, Integer> ranks = new java.util.HashMap<>();
        for (HierarchyRow row : context.knowledge().rows(HierarchyTable.TABLE)) {
            ranks.put(row.outlet(), row.rank());
        }
        AllocationResult allocation = Allocator.allocate(pairs, yearly, ranks,
                (int) Math.min(Integer.MAX_VALUE, context.parameters().whole(ALTERNATIVES_PER_FLOW)),
                context.parameters().threads());
        List<Finding> retained = new ArrayList<>();
        for (Finding f : findings) {
            Allocated given = f.isPair() ? allocation.byFinding().get(f.key()) : null;
            if (!f.isPair() || given != null && given.retained()) {
                retained.add(f);
            }
        }
        retained.sort(java.util.Comparator.comparing(Finding::key));
        context.put(ALLOCATION, allocation);
        context.put(Results.RETAINED, List.copyOf(retained));
    }
}
