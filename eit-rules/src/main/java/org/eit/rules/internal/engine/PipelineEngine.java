package org.eit.rules.internal.engine;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.api.AnalysisListener;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.collect.Parallel;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.spi.EngineSettings;
import org.eit.rules.RulesMessages;
import org.eit.rules.allocation.AllocationStage;
import org.eit.rules.internal.safety.SafeLoading;
import org.eit.rules.knowledge.Knowledge;
import org.eit.rules.knowledge.KnowledgeLoader;
import org.eit.rules.knowledge.KnowledgeRows;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.spi.DrlPackage;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.Parameters;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.RulePack;
import org.eit.rules.spi.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: runs the stages it is given, in order, over one analysis. It reads the parameters and knowledge
 * tables, assigns a territory's rule files to the stages their packages name, compiles (or reuses) each stage's
 * rule base, runs the stages and assembles the diagnostic. It knows no stage by name. Thread-safe: analyses share
 * only the rule base cache.
 */
public final class PipelineEngine implements EitEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineEngine.class);
    private static final String MAX_FIRINGS = "rules.max-firings";

    private final List<Stage> stages;
    private final Map<String, List<RuleSource>> shippedByStage;
    private final Map<String, String> stageOfPack;
    private final KnowledgeLoader knowledge;
    private final List<ParameterSpec> parameters;
    private final ResourceTaxonomy taxonomy;
    /** What every stage's rules may use besides the stage's own facts: labels, kinds, places, amounts. */
    static final Set<Class<?>> COMMON_TYPES = Set.of(org.eit.core.api.LocalizedText.class,
            org.eit.core.api.SynergyKind.class, org.eit.core.model.ActorKind.class,
            org.eit.core.model.DataSource.class, org.eit.core.model.Confidence.class,
            org.eit.core.model.Direction.class, org.eit.core.resource.ResourceKind.class,
            org.eit.core.geo.GeoPoint.class, org.eit.rules.explain.Amount.class, org.eit.rules.explain.Phrase.class);

    private final EngineSettings settings;
    private final RuleCompiler compiler;
    private final RuleHints hints;
    /** Whether {@link #warmUp} was called: the rule bases are made once. */
    private final java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();

    @Inject
    public PipelineEngine(Set<Stage> stages, Set<RulePack> packs, Set<KnowledgeTable<?>> tables,
                          Set<KnowledgeRows> rows, Set<ParameterSpec> parameters, ResourceTaxonomy taxonomy,
                          EngineSettings settings) {
        this.stages = stages.stream().sorted(Comparator.comparingInt(Stage::order).thenComparing(Stage::name))
                .toList();
        Set<String> names = new TreeSet<>();
        for (Stage stage : this.stages) {
            if (!names.add(stage.name())) {
                throw new IllegalArgumentException("two stages are named " + stage.name());
            }
        }
        Map<String, List<RuleSource>> byStage = new TreeMap<>();
        Map<String, String> packStages = new TreeMap<>();
        for (RulePack pack : packs.stream().sorted(Comparator.comparing(RulePack::stage)
                .thenComparing(RulePack::name)).toList()) {
            if (!names.contains(pack.stage())) {
                throw new IllegalArgumentException("rule pack " + pack.name() + " names no stage: " + pack.stage());
            }
            for (SourceFile file : pack.files()) {
                byStage.computeIfAbsent(pack.stage(), s -> new ArrayList<>())
                        .add(new RuleSource(file, pack.stage(), pack.name(), pack.trusted()));
            }
            packStages.put(pack.name(), pack.stage());
        }
        this.shippedByStage = byStage;
        this.stageOfPack = packStages;
        this.knowledge = new KnowledgeLoader(List.copyOf(tables), List.copyOf(rows));
        List<ParameterSpec> specs = new ArrayList<>(parameters);
        specs.add(ParameterSpec.whole(MAX_FIRINGS, 0,
                "combien de déclenchements de règles une étape peut faire avant qu'une règle soit jugée en boucle "
                        + "(0 : 1 000 000 ou 200 par fait, le plus grand)",
                "how many rule firings a stage may take before a rule is deemed to loop (0: 1,000,000 or 200 per "
                        + "fact, whichever is larger)"));
        specs.add(ParameterSpec.whole(Parameters.THREADS, 0,
                "combien de sessions de règles jugent les lots de paires côte à côte (0 : autant que de cœurs, "
                        + "4 au plus ; 1 : une seule) ; le résultat est le même",
                "how many rule sessions judge the batches of pairs side by side (0: one per core, 4 at most; 1: a "
                        + "single one); the result is the same"));
        specs.sort(Comparator.comparing(ParameterSpec::name));
        this.parameters = List.copyOf(specs);
        this.taxonomy = taxonomy;
        this.settings = settings;
        Set<Class<?>> factTypes = new java.util.HashSet<>(COMMON_TYPES);
        this.stages.forEach(s -> factTypes.addAll(s.factTypes()));
        this.compiler = new RuleCompiler(new SafeLoading(factTypes));
        this.hints = new RuleHints(this.stages, COMMON_TYPES, stageOfPack.keySet());
    }

    @Override
    public ResourceTaxonomy taxonomy() {
        return taxonomy;
    }

    @Override
    public Diagnostic analyze(AnalysisRequest request, AnalysisListener listener) {
        Prepared prepared = prepare(request, false);
        prepared.problems().throwIfErrors();
        StageRun run = new StageRun(request.territory(), request.taxonomy(), prepared.knowledge(),
                prepared.parameters(), prepared.problems(), prepared.rules(),
                new RuleSession.Limits(prepared.parameters().whole(MAX_FIRINGS), settings.ruleTimeout(),
                        prepared.parameters().threads()), listener);
        // The synergies' sentences need only the detection and the allocation: written beside the stages after it.
        DiagnosticAssembler.Sentencing sentencing = null;
        try {
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                run.checkCancelled();
                listener.stageStarted(stage.name(), i, stages.size());
                long start = System.nanoTime();
                run.enter(stage);
                stage.run(run);
                long millis = (System.nanoTime() - start) / 1_000_000;
                LOG.info("stage {} in {} ms", stage.name(), millis);
                listener.stageFinished(stage.name(), i, stages.size(), millis);
                if (stage.name().equals(AllocationStage.NAME) && run.find(Results.RETAINED).isPresent()) {
                    sentencing = DiagnosticAssembler.Sentencing.ahead(run);
                    // The sentencing holds the findings listed and the stages after the allocation read the
                    // retained ones: the pairs only counted (most of a region's) and their candidates go now, not
                    // after the last stage.
                    run.release(Results.FINDINGS);
                }
            }
            List<String> packs = new ArrayList<>(new TreeSet<>(prepared.packs()));
            packs.removeAll(prepared.parameters().disabledPacks());
            long start = System.nanoTime();
            if (sentencing == null) {
                sentencing = DiagnosticAssembler.Sentencing.of(run);
            }
            // The assembly reads the findings listed only (the sentencing holds them); the pairs only counted, three
            // in four of a region's, and what they hold (their candidates) are freed before the diagnostic is made
            // (after the allocation, when there is one).
            run.release(Results.FINDINGS);
            Diagnostic diagnostic = DiagnosticAssembler.build(run, packs, prepared.problems().sorted(), sentencing);
            LOG.info("diagnostic assembled in {} ms", (System.nanoTime() - start) / 1_000_000);
            return diagnostic;
        } finally {
            if (sentencing != null) {
                sentencing.stop();
            }
        }
    }

    @Override
    public void warmUp() {
        if (!warming.compareAndSet(false, true)) {
            return;
        }
        Parallel.background("eit-rules-warm-up", () -> {
            // In the stages' order, the order an analysis asks for them in.
            for (Stage stage : stages) {
                List<RuleSource> files = shippedByStage.getOrDefault(stage.name(), List.of());
                try {
                    if (!files.isEmpty()) {
                        compiler.compile(files);
                    }
                } catch (RuntimeException e) {
                    // The analysis that needs these rules compiles them again and reports the problem.
                    LOG.debug("warm-up: {}", e.toString());
                }
            }
        });
    }

    /** Whether every stage's shipped rule base is made, as {@link #warmUp} makes them. */
    boolean shippedRulesMade() {
        return shippedByStage.values().stream().allMatch(compiler::isMade);
    }

    @Override
    public List<Problem> check(AnalysisRequest request) {
        return prepare(request, true).problems().sorted();
    }

    /** What an analysis needs before its first stage: parameters, knowledge and rules, with their problems. */
    private record Prepared(Parameters parameters, Knowledge knowledge, Map<String, CompiledRules> rules,
                            List<String> packs, Problems problems) {
    }

    private Prepared prepare(AnalysisRequest request, boolean checkSentences) {
        Problems problems = new Problems();
        Parameters parameters = ParametersReader.read(this.parameters, request.territory().parameters(), problems);
        Knowledge tables = knowledge.load(request.taxonomy(), request.knowledge(), problems);
        Map<String, List<RuleSource>> sources = assign(request.rules());
        Map<String, CompiledRules> rules = new LinkedHashMap<>();
        List<Problem> compileErrors = new ArrayList<>();
        List<String> packs = new ArrayList<>();
        for (Stage stage : stages) {
            List<RuleSource> files = sources.getOrDefault(stage.name(), List.of());
            if (files.isEmpty()) {
                continue;
            }
            files.forEach(f -> packs.add(f.pack()));
            try {
                CompiledRules compiled = compiler.compile(files);
                problems.addAll(compiled.warnings());
                rules.put(stage.name(), compiled);
            } catch (RuleException e) {
                compileErrors.addAll(e.problems());
            }
            // Shipped sentences are checked by the build; a territory's on every analysis, since an error there would
            // leave a finding without its explanation.
            Problems sentences = new Problems();
            SentenceChecks.check(stage, checkSentences ? files : files.stream().filter(f -> !f.trusted()).toList(),
                    sentences);
            for (Problem problem : sentences.sorted()) {
                if (problem.isError()) {
                    compileErrors.add(problem);
                } else {
                    problems.add(problem);
                }
            }
        }
        if (!compileErrors.isEmpty()) {
            Map<String, RuleHints.Source> byName = new LinkedHashMap<>();
            sources.values().forEach(files -> files.forEach(f -> byName.putIfAbsent(f.file().name(),
                    new RuleHints.Source(f.file(), f.stage()))));
            throw new RuleException(hints.improve(new Problems().addAll(compileErrors).sorted(), byName));
        }
        for (String pack : parameters.disabledPacks()) {
            if (!packs.contains(pack)) {
                problems.warning(RulesMessages.MESSAGES, "parameter.unknown-pack", Location.NOWHERE,
                        "parameters.packs." + pack, "false", String.join(", ", new TreeSet<>(packs)));
            }
        }
        return new Prepared(parameters, tables, rules, packs, problems);
    }

    /**
     * The shipped and plugins' packs with a territory's files, by stage. A territory's file goes to the stage its
     * package names (a part named after a stage, else after a known pack); its pack is the package's last part. A
     * file whose package names neither ends the analysis with an error on its package line.
     */
    private Map<String, List<RuleSource>> assign(List<SourceFile> extra) {
        Map<String, List<RuleSource>> byStage = new LinkedHashMap<>();
        shippedByStage.forEach((stage, files) -> byStage.put(stage, new ArrayList<>(files)));
        List<Problem> problems = new ArrayList<>();
        Set<String> stageNames = new TreeSet<>(stages.stream().map(Stage::name).toList());
        for (SourceFile file : extra) {
            String pkg = DrlPackage.of(file.content());
            Location at = Location.of(file.name(), DrlPackage.line(file.content()));
            if (pkg.isEmpty()) {
                problems.add(RulesMessages.MESSAGES.error("rule.no-package", at, "package", null));
                continue;
            }
            List<String> parts = List.of(pkg.split("\\."));
            String stage = parts.stream().filter(stageNames::contains).findFirst()
                    .or(() -> parts.stream().filter(stageOfPack::containsKey).map(stageOfPack::get).findFirst())
                    .orElse(null);
            if (stage == null) {
                problems.add(RulesMessages.MESSAGES.error("rule.no-stage", at, "package", pkg,
                        String.join(", ", stageNames), String.join(", ", stageOfPack.keySet())));
                continue;
            }
            byStage.computeIfAbsent(stage, s -> new ArrayList<>())
                    .add(new RuleSource(file, stage, parts.get(parts.size() - 1), settings.trustRules()));
        }
        if (!problems.isEmpty()) {
            Map<String, RuleHints.Source> byName = new LinkedHashMap<>();
            extra.forEach(f -> byName.putIfAbsent(f.name(), new RuleHints.Source(f, null)));
            throw new RuleException(hints.improve(problems, byName));
        }
        return byStage;
    }
}
