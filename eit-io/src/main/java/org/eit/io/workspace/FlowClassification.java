package org.eit.io.workspace;

import java.util.List;
import org.eit.core.problem.Location;
import org.eit.core.resource.Resolution;

/**
 * How a flow's resource was decided from what the user wrote, for the validation report: the text, the method
 * (id, label, synonym, waste code or description), the resource and the name that matched.
 */
public record FlowClassification(String flowId, Location at, String text, Resolution.Method method,
                                 String resourceId, String matched, double score,
                                 List<Resolution.Candidate> candidates) {
    public FlowClassification {
        candidates = List.copyOf(candidates);
    }

    /** True when the resource was inferred from words rather than named: worth a person's check. */
    public boolean inferred() {
        return method == Resolution.Method.DESCRIPTION;
    }
}
