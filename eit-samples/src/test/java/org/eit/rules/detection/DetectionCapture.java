package org.eit.rules.detection;

import com.google.inject.Binder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.EitEngine;
import org.eit.core.model.Flow;
import org.eit.core.spi.EitPlugin;
import org.eit.core.spi.EngineSettings;
import org.eit.rules.DroolsEngineFactory;
import org.eit.rules.allocation.AllocationStage;
import org.eit.rules.allocation.HierarchyRow;
import org.eit.rules.allocation.HierarchyTable;
import org.eit.rules.compatibility.CompatibilityStage;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.Offer;
import org.eit.rules.facts.Refused;
import org.eit.rules.gains.Economics;
import org.eit.rules.gains.PipeTable;
import org.eit.rules.gains.PriceTable;
import org.eit.rules.gains.Prices;
import org.eit.rules.gains.TransportTable;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;
import org.eit.samples.synthetic.SyntheticTerritory;

/**
 * A test plugin that runs right after detection and keeps what it decided (findings, refused pairs) and what it
 * judged: the flows' facts, the compatibility rules' Accepts, and the candidates the K-nearest index proposes from
 * them, rebuilt exactly as {@link DetectionStage} builds them (flows in the territory's order, the same k, the
 * same economic inputs); and what allocation takes next, as {@code AllocationStage} hands it to its allocator.
 * Public for the benchmarks of other packages (the allocation's).
 */
public final class DetectionCapture implements EitPlugin {
    /**
     * What one analysis's detection saw and decided, and the allocation's other inputs.
     *
     * @param yearly              each flow's yearly quantity, as detection published it
     * @param ranks               each use's rank in the waste hierarchy ({@code hierarchy.csv})
     * @param alternativesPerFlow the parameter {@link AllocationStage#ALTERNATIVES_PER_FLOW}
     */
    public record Captured(List<Offer> offers, List<Demand> demands, List<Accepts> accepts, int k,
                           Economics.Inputs inputs, List<Candidate> candidates, List<Finding> findings,
                           List<Refused> refused, Map<String, Double> yearly, Map<String, Integer> ranks,
                           int alternativesPerFlow) {
    }

    /** One capture, and so one engine, for every benchmark of a JVM: a JMH fork runs one, a test several. */
    private static final DetectionCapture SHARED = new DetectionCapture();

    private Captured captured;
    private EitEngine engine;

    /** What detection saw and decided for {@code new SyntheticTerritory(actors, seed)}, analysed by a shared engine. */
    public static Captured synthetic(int actors, long seed) {
        return SHARED.run(AnalysisRequest.of(new SyntheticTerritory(actors, seed).territory()));
    }

    @Override
    public String name() {
        return "detection-capture";
    }

    @Override
    public void configure(Binder binder) {
        Extensions.stages(binder).addBinding().toInstance(new Stage() {
            @Override
            public String name() {
                return "detection-capture";
            }

            @Override
            public int order() {
                return new DetectionStage().order() + 1;
            }

            @Override
            public void run(StageContext context) {
                Map<String, FlowFact> facts = context.get(Results.FLOW_FACTS);
                List<Offer> offers = new ArrayList<>();
                List<Demand> demands = new ArrayList<>();
                for (Flow flow : context.territory().flows()) {
                    FlowFact fact = facts.get(flow.id());
                    if (fact instanceof Offer o) {
                        offers.add(o);
                    } else if (fact instanceof Demand d) {
                        demands.add(d);
                    }
                }
                var knowledge = context.knowledge();
                Economics.Inputs inputs = new Economics.Inputs(
                        new Prices(knowledge.rows(PriceTable.TABLE), context.taxonomy()),
                        knowledge.rows(TransportTable.TABLE), knowledge.rows(PipeTable.TABLE),
                        context.parameters().number(DetectionStage.DETOUR));
                int k = (int) context.parameters().whole(DetectionStage.CANDIDATES_PER_FLOW);
                List<Accepts> accepts = context.get(CompatibilityStage.ACCEPTS);
                List<Candidate> candidates = CandidateIndex.candidates(offers, demands, accepts, k, inputs)
                        .candidates();
                Map<String, Integer> ranks = new HashMap<>();
                for (HierarchyRow row : knowledge.rows(HierarchyTable.TABLE)) {
                    ranks.put(row.outlet(), row.rank());
                }
                int alternatives = (int) Math.min(Integer.MAX_VALUE,
                        context.parameters().whole(AllocationStage.ALTERNATIVES_PER_FLOW));
                captured = new Captured(offers, demands, accepts, k, inputs, candidates,
                        context.get(Results.FINDINGS), context.get(Results.REFUSED),
                        context.find(Results.YEARLY).orElse(Map.of()), Map.copyOf(ranks), alternatives);
            }
        });
    }

    /** Analyses {@code request} with an engine of its own (built once) and returns what detection saw. */
    public synchronized Captured run(AnalysisRequest request) {
        if (engine == null) {
            engine = DroolsEngineFactory.injector(List.of(this), EngineSettings.DEFAULTS).getInstance(EitEngine.class);
        }
        captured = null;
        engine.analyze(request);
        return captured;
    }
}
