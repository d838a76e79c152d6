package org.eit.rules.spi;

import java.util.List;
import java.util.Map;
import org.eit.core.api.NetworkAssessment;
import org.eit.rules.facts.Finding;

/**
 * The results the diagnostic is made of, as stages publish them in their {@link StageContext}. A stage that
 * replaces a shipped one publishes the same keys; a stage that is switched off leaves them empty.
 */
public final class Results {
    /** Every finding the detection rules made, internal loops included, in a stable order. */
    public static final ResultKey<List<Finding>> FINDINGS = ResultKey.of("findings", List.class);
    /** The findings between different actors the diagnostic lists (each flow's nearest partners). */
    public static final ResultKey<List<Finding>> LISTED = ResultKey.of("findings.listed", List.class);
    /** How many findings between different actors are not listed. */
    public static final ResultKey<Integer> LEFT_OUT = ResultKey.of("findings.left-out", Integer.class);
    /** Chertow's exchange type of each finding, by finding key. */
    public static final ResultKey<Map<String, Integer>> CHERTOW_TYPES = ResultKey.of("network.chertow-types",
            Map.class);
    /** The territory's network against Chertow's 3-2 heuristic. */
    public static final ResultKey<NetworkAssessment> NETWORK = ResultKey.of("network.assessment",
            NetworkAssessment.class);

    private Results() {
    }
}
