package org.eit.rules.spi;

import java.util.List;
import java.util.Map;
import org.eit.core.api.Action;
import org.eit.core.api.AfomItem;
import org.eit.core.api.Governance;
import org.eit.core.api.Indicator;
import org.eit.core.api.NetworkAssessment;
import org.eit.core.api.OpportunityNote;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.Refused;

/**
 * The results the diagnostic is made of, as stages publish them in their {@link StageContext}. A stage that
 * replaces a shipped one publishes the same keys; a stage that is switched off leaves them empty.
 */
public final class Results {
    /**
     * Every finding the detection rules made, internal loops included, in a stable order: the pairs as the candidate
     * index proposed them, then the groups. Released once the allocation has run (it counts the alternatives it does
     * not list, most of a region's pairs, and they are not kept): stages after it read {@link #RETAINED}.
     */
    public static final ResultKey<List<Finding>> FINDINGS = ResultKey.of("findings", List.class);
    /** What the rules knew of each flow (its resource, quantity, costs, attributes), by flow id. */
    public static final ResultKey<Map<String, FlowFact>> FLOW_FACTS = ResultKey.of("flows.facts", Map.class);
    /** Each flow's yearly quantity in its resource's unit, by flow id; flows without a quantity are absent. */
    public static final ResultKey<Map<String, Double>> YEARLY = ResultKey.of("flows.yearly", Map.class);
    /**
     * The findings the allocation retained, groups sharing a need included, by key: what the stages after it count,
     * so that no offer or need is counted twice.
     */
    public static final ResultKey<List<Finding>> RETAINED = ResultKey.of("findings.retained", List.class);
    /** The candidate pairs the rules of feasibility or reach refused, with their reasons, by key. */
    public static final ResultKey<List<Refused>> REFUSED = ResultKey.of("findings.refused", List.class);
    /**
     * Per flow, how many compatible partners lay beyond the nearest the index proposed
     * ({@code matching.candidates-per-flow}); flows with none are absent.
     */
    public static final ResultKey<Map<String, Integer>> BEYOND = ResultKey.of("findings.beyond", Map.class);
    /** Chertow's exchange type of each finding, by finding key. */
    public static final ResultKey<Map<String, Integer>> CHERTOW_TYPES = ResultKey.of("network.chertow-types",
            Map.class);
    /** The territory's network against Chertow's 3-2 heuristic. */
    public static final ResultKey<NetworkAssessment> NETWORK = ResultKey.of("network.assessment",
            NetworkAssessment.class);

    /** The territorial indicators, by id. */
    public static final ResultKey<List<Indicator>> INDICATORS = ResultKey.of("diagnostic.indicators", List.class);
    /** The AFOM items. */
    public static final ResultKey<List<AfomItem>> AFOM = ResultKey.of("diagnostic.afom", List.class);
    /** The action programme, by priority. */
    public static final ResultKey<List<Action>> ACTIONS = ResultKey.of("diagnostic.actions", List.class);
    /** The recommended governance. */
    public static final ResultKey<Governance> GOVERNANCE = ResultKey.of("diagnostic.governance", Governance.class);
    /** The opportunity note. */
    public static final ResultKey<OpportunityNote> OPPORTUNITY = ResultKey.of("diagnostic.opportunity",
            OpportunityNote.class);

    private Results() {
    }
}
