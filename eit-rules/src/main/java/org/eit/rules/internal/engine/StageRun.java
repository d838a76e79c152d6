package org.eit.rules.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eit.core.api.AnalysisCancelledException;
import org.eit.core.api.AnalysisListener;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.knowledge.Knowledge;
import org.eit.rules.spi.Parameters;
import org.eit.rules.spi.ResultKey;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One analysis on its way through the stages: what each stage sees, and what they published. */
final class StageRun implements StageContext {
    private static final Logger LOG = LoggerFactory.getLogger(StageRun.class);

    private final Territory territory;
    private final ResourceTaxonomy taxonomy;
    private final Knowledge knowledge;
    private final Parameters parameters;
    private final Problems problems;
    private final Map<String, CompiledRules> rulesByStage;
    private final RuleSession.Limits limits;
    private final AnalysisListener listener;
    private final Map<String, Object> results = new HashMap<>();
    private Stage current;

    StageRun(Territory territory, ResourceTaxonomy taxonomy, Knowledge knowledge, Parameters parameters,
             Problems problems, Map<String, CompiledRules> rulesByStage, RuleSession.Limits limits,
             AnalysisListener listener) {
        this.territory = territory;
        this.taxonomy = taxonomy;
        this.knowledge = knowledge;
        this.parameters = parameters;
        this.problems = problems;
        this.rulesByStage = rulesByStage;
        this.limits = limits;
        this.listener = listener;
    }

    void enter(Stage stage) {
        this.current = stage;
    }

    @Override
    public Territory territory() {
        return territory;
    }

    @Override
    public ResourceTaxonomy taxonomy() {
        return taxonomy;
    }

    @Override
    public Knowledge knowledge() {
        return knowledge;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public Problems problems() {
        return problems;
    }

    @Override
    public <T> Optional<T> find(ResultKey<T> key) {
        return Optional.ofNullable(key.type().cast(results.get(key.name())));
    }

    /**
     * Lets go of a result no stage will read any more (every stage has run), so that what only it held is freed
     * before the diagnostic is written: the engine's own, not the stages'.
     */
    void release(ResultKey<?> key) {
        results.remove(key.name());
    }

    @Override
    public <T> void put(ResultKey<T> key, T value) {
        if (results.putIfAbsent(key.name(), key.type().cast(value)) != null) {
            throw new IllegalStateException(key.name() + " is already published");
        }
    }

    @Override
    public List<Object> fire(List<?> facts, Collection<Class<?>> resultTypes) {
        List<Object> results = new ArrayList<>();
        fire(facts, List.of(), resultTypes, results::addAll);
        return results;
    }

    @Override
    public void fire(List<?> facts, Iterable<? extends List<?>> batches, Collection<Class<?>> resultTypes,
                     Consumer<List<Object>> results) {
        fire(facts, batches, resultTypes, java.util.function.Function.identity(), results);
    }

    @Override
    public <R> void fire(List<?> facts, Iterable<? extends List<?>> batches, Collection<Class<?>> resultTypes,
                         java.util.function.Function<List<Object>, R> perBatch, Consumer<R> results) {
        CompiledRules rules = rulesByStage.get(current.name());
        if (rules == null) {
            return;
        }
        long start = System.nanoTime();
        long firings = RuleSession.run(rules, facts, batches, parameters.disabledPacks(), limits, resultTypes,
                listener::isCancelled, perBatch, results);
        LOG.info("{}: {} facts, {} rule firings in {} ms", current.name(), facts.size(), firings,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void checkCancelled() {
        if (listener.isCancelled()) {
            throw new AnalysisCancelledException();
        }
    }
}
