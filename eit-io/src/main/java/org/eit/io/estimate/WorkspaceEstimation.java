package org.eit.io.estimate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.EitEngine;
import org.eit.core.api.SourceFile;
import org.eit.core.api.Synergy;
import org.eit.core.internal.activity.ActivityProfiles;
import org.eit.core.internal.activity.Estimation;
import org.eit.core.internal.activity.LikelyTakers;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.io.workspace.Workspace;

/**
 * A workspace completed by the activity profiles before its analysis ({@code analyze --estimate}, or the territory's
 * {@code estimation.enabled: true}): the estimated flows ({@link Estimation}), the likely takers of every offer
 * ({@link LikelyTakers}) and the request to analyse. The profiles are the shipped table with the workspace's
 * {@code knowledge/activity-profiles.csv} applied.
 *
 * @param estimation what the profiles added
 * @param takers     likely takers of the offers, declared and estimated, of the completed territory
 * @param problems   problems of the workspace's profiles table (already reported when the workspace was read)
 */
public record WorkspaceEstimation(Estimation.Result estimation, List<LikelyTakers.Proposal> takers,
                                  List<Problem> problems) {

    /** Estimates {@code workspace}, which must be valid. */
    public static WorkspaceEstimation of(Workspace workspace) {
        Problems problems = new Problems();
        SourceFile override = workspace.knowledge().stream()
                .filter(f -> f.baseName().equals(ActivityProfiles.FILE)).findFirst().orElse(null);
        ActivityProfiles profiles = ActivityProfiles.load(workspace.taxonomy(),
                override == null ? null : override.name(), override == null ? null : override.content(), problems);
        Estimation.Result result = Estimation.run(workspace.territory(), profiles, workspace.taxonomy());
        List<LikelyTakers.Proposal> takers = LikelyTakers.propose(result.territory(), profiles,
                workspace.taxonomy());
        return new WorkspaceEstimation(result, takers, problems.sorted());
    }

    /** Whether {@code workspace} asks for the estimation by its {@code estimation.enabled} parameter. */
    public static boolean requested(Workspace workspace) {
        return workspace.validTerritory().map(t -> Estimation.enabled(t.parameters())).orElse(false);
    }

    /** The completed territory. */
    public Territory territory() {
        return estimation.territory();
    }

    /** What to analyse: the completed territory with the workspace's taxonomy, rules and engine tables. */
    public AnalysisRequest request(Workspace workspace) {
        return workspace.request(estimation.territory());
    }

    /**
     * Analyses the completed territory. The engine keeps estimates from crowding declared data out: each flow meets
     * its nearest declared partners whatever the estimates around it, the allocation serves pairs of declared flows
     * before those resting on an estimate, and the network assessment counts declared synergies only; so the pairs
     * of declared flows and their quantities are those of an analysis without estimation. A pooling group may gain
     * estimated members: it then rests on estimates.
     */
    public Diagnostic analyze(EitEngine engine, Workspace workspace) {
        return engine.analyze(request(workspace));
    }

    /** Whether {@code synergy} rests on at least one flow estimated from a profile. */
    public boolean restsOnEstimates(Synergy synergy) {
        return synergy.flows().stream().anyMatch(estimation::isEstimated);
    }

    /** The estimated flows {@code synergy} rests on. */
    public List<String> estimatedFlows(Synergy synergy) {
        return synergy.flows().stream().filter(estimation::isEstimated).toList();
    }

    /** The profile codes behind {@code synergy}'s estimated flows, sorted. */
    public Set<String> profilesOf(Synergy synergy) {
        return estimatedFlows(synergy).stream().map(id -> estimation.estimated().get(id).activity())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The likely takers of offers no declared demand of the territory accepts. */
    public List<LikelyTakers.Proposal> takersOfUnmatchedOffers() {
        return takers.stream().filter(p -> !p.hasDemand()).toList();
    }
}
