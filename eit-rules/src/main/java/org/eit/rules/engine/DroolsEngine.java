package org.eit.rules.engine;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.EitEngine;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;
import org.eit.rules.analysis.AnalysisParameters;
import org.eit.rules.analysis.DiagnosticBuilder;
import org.eit.rules.analysis.FactBuilder;
import org.eit.rules.facts.ChertowType;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.NetworkResult;
import org.eit.rules.knowledge.Knowledge;
import org.eit.rules.knowledge.KnowledgeTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on Drools: reads the parameters and knowledge tables, compiles (or reuses) the rule base, builds the
 * facts, runs one session and writes the diagnostic. Thread-safe: analyses share only the rule base cache.
 */
public final class DroolsEngine implements EitEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);
    private static final List<Class<?>> RESULTS = List.of(Finding.class, ChertowType.class, NetworkResult.class);

    private final RuleCompiler compiler;

    @Inject
    public DroolsEngine(Set<RulePack> packs) {
        this.compiler = new RuleCompiler(List.copyOf(packs));
    }

    /** An engine with the shipped rule packs, for embedding without Guice. */
    public static DroolsEngine withShippedPacks() {
        return new DroolsEngine(Set.copyOf(ShippedPacks.all()));
    }

    @Override
    public Diagnostic analyze(AnalysisRequest request) {
        Prepared prepared = prepare(request);
        prepared.problems().throwIfErrors();
        Problems problems = prepared.problems();
        AnalysisParameters parameters = prepared.parameters();
        CompiledRules rules = prepared.rules();
        List<Object> facts = FactBuilder.build(request.territory(), request.taxonomy(), prepared.knowledge(),
                parameters, problems);
        long maxFirings = parameters.maxFirings() > 0 ? parameters.maxFirings()
                : Math.max(1_000_000L, 200L * facts.size());
        long start = System.nanoTime();
        RuleSession.Outcome outcome = RuleSession.run(rules, facts, parameters.disabledPacks(), maxFirings, RESULTS);
        LOG.info("{} facts, {} rule firings in {} ms", facts.size(), outcome.firings(),
                (System.nanoTime() - start) / 1_000_000);
        List<String> packs = new ArrayList<>(rules.packs());
        packs.removeAll(parameters.disabledPacks());
        List<Problem> warnings = problems.sorted();
        return DiagnosticBuilder.build(request.territory().name(), outcome.results(), packs, warnings,
                parameters.maxPartners());
    }

    @Override
    public List<Problem> check(AnalysisRequest request) {
        return prepare(request).problems().sorted();
    }

    /** What an analysis needs before its facts: parameters, knowledge tables and rules, with their problems. */
    private record Prepared(AnalysisParameters parameters, Knowledge knowledge, CompiledRules rules,
                            Problems problems) {
    }

    private Prepared prepare(AnalysisRequest request) {
        Problems problems = new Problems();
        AnalysisParameters parameters = AnalysisParameters.read(request.territory().parameters(), problems);
        Knowledge knowledge = KnowledgeTables.load(request.taxonomy(), request.knowledge(), problems);
        CompiledRules rules = compiler.compile(request.rules());
        problems.addAll(rules.warnings());
        for (String pack : parameters.disabledPacks()) {
            if (!rules.packs().contains(pack)) {
                problems.warning(RulesMessages.MESSAGES, "parameter.unknown-pack", org.eit.core.problem.Location.NOWHERE,
                        "parameters.packs." + pack, "false", String.join(", ", rules.packs()));
            }
        }
        return new Prepared(parameters, knowledge, rules, problems);
    }
}
