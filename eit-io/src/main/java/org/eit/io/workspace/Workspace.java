package org.eit.io.workspace;

import java.util.List;
import java.util.Optional;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.activity.ActivityProfiles;
import org.eit.core.internal.activity.Estimation;
import org.eit.core.model.Territory;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problem;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * A territory as read from a workspace folder or a single JSON/YAML document, with everything found while reading
 * it.
 *
 * @param source          the folder or file read, as given
 * @param territory       the validated territory; reading it from a workspace with errors throws
 *                        {@link InvalidInputException} with every problem
 * @param taxonomy        the resource taxonomy in force (shipped, with the workspace's overrides)
 * @param problems        every error and warning, in file and line order
 * @param classifications how each flow's resource was decided
 * @param rules           the workspace's own rule files ({@code rules/*.drl}), sorted by name
 * @param knowledge       the workspace's knowledge tables ({@code knowledge/*.csv}) other than the taxonomy
 */
public record Workspace(String source, Territory territory, ResourceTaxonomy taxonomy, List<Problem> problems,
                        List<FlowClassification> classifications, List<SourceFile> rules,
                        List<SourceFile> knowledge) {

    public Workspace {
        problems = List.copyOf(problems);
        classifications = List.copyOf(classifications);
        rules = List.copyOf(rules);
        knowledge = List.copyOf(knowledge);
    }

    /**
     * The validated territory; an {@link InvalidInputException} listing every error when the input has errors
     * (check {@link #isValid()} or {@link #problems()} first to report them yourself).
     */
    @Override
    public Territory territory() {
        if (!isValid()) {
            throw new InvalidInputException(problems.stream().filter(Problem::isError).toList());
        }
        return territory;
    }

    /** The territory when the input is valid, else empty. */
    public Optional<Territory> validTerritory() {
        return isValid() ? Optional.of(territory) : Optional.empty();
    }

    /**
     * What to analyse: the territory with the workspace's taxonomy, rules and knowledge tables. The activity
     * profiles ({@code knowledge/activity-profiles.csv}) and the {@code estimation.*} parameters are not the
     * engine's: they are left out (the estimation applies them before, see
     * {@link org.eit.io.estimate.WorkspaceEstimation}).
     */
    public AnalysisRequest request() {
        return request(territory());
    }

    /** What to analyse, for {@code analysed} (this workspace's territory completed by the estimation). */
    public AnalysisRequest request(Territory analysed) {
        return new AnalysisRequest(Estimation.withoutParameters(analysed), taxonomy, rules, engineKnowledge());
    }

    /** The knowledge tables the engine reads: all but the activity profiles. */
    private List<SourceFile> engineKnowledge() {
        return knowledge.stream().filter(f -> !f.baseName().equals(ActivityProfiles.FILE)).toList();
    }

    /** The same workspace, named {@code newSource} in reports. */
    public Workspace named(String newSource) {
        return new Workspace(newSource, territory, taxonomy, problems, classifications, rules, knowledge);
    }

    /** The same workspace with {@code more} rule files after its own (rules given with {@code --rules}). */
    public Workspace withRules(List<SourceFile> more) {
        List<SourceFile> all = new java.util.ArrayList<>(rules);
        all.addAll(more);
        return new Workspace(source, territory, taxonomy, problems, classifications, all, knowledge);
    }

    /** Problem codes of flows set aside to classify. */
    private static final java.util.Set<String> TO_CLASSIFY = java.util.Set.of("resource.unresolved",
            "resource.unresolved-candidates", "resource.ambiguous");

    /**
     * The same workspace read strictly: a flow no resource fits is an error, not a flow set aside to classify
     * ({@code validate --strict}).
     */
    public Workspace strict() {
        List<Problem> strict = problems.stream().map(p -> TO_CLASSIFY.contains(p.code()) ? p.asError() : p).toList();
        boolean refused = strict.stream().anyMatch(Problem::isError);
        return new Workspace(source, refused ? null : territory, taxonomy, strict, classifications, rules,
                knowledge);
    }

    /** The same workspace with more problems found about it (by the engine's checks), in report order. */
    public Workspace withProblems(List<Problem> more) {
        org.eit.core.problem.Problems all = new org.eit.core.problem.Problems().addAll(problems).addAll(more);
        return new Workspace(source, territory, taxonomy, all.sorted(), classifications, rules, knowledge);
    }

    public boolean isValid() {
        return territory != null && problems.stream().noneMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
