package org.eit.core.api;

import java.util.List;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problem;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * The engine: a territory in, its diagnostic out. Get one with {@link Eit#engine()}. Implementations are
 * thread-safe; one instance serves any number of analyses, concurrent or not, and caches what it compiles. It
 * keeps no global state: two engines with different plugins live side by side.
 *
 * <p>Errors: {@link InvalidInputException} when a knowledge table or a parameter is invalid (every problem
 * listed), {@link RuleException} when a rule file does not compile or a rule loops,
 * {@link AnalysisCancelledException} when the listener cancelled.
 */
public interface EitEngine {

    default Diagnostic analyze(AnalysisRequest request) {
        return analyze(request, AnalysisListener.NONE);
    }

    /** Analyses the request, telling {@code listener} of each stage and stopping when it cancels. */
    Diagnostic analyze(AnalysisRequest request, AnalysisListener listener);

    /**
     * What {@link #analyze} would refuse or warn about before matching anything: the territory's parameters, its
     * knowledge tables and its rule files (compiled, and their sentences checked, so a rule author learns of an
     * error without running an analysis). Errors and warnings are returned; a rule file that does not compile
     * throws {@link RuleException}.
     */
    List<Problem> check(AnalysisRequest request);

    /**
     * Starts making the rule bases of the shipped and plugins' packs on a background thread and returns at once, so
     * that they are ready (or nearly) when the first analysis or check needs them: call it when the application
     * starts, or before reading a territory. An analysis that needs one still being made waits for it rather than
     * making it again; a stage with a territory's own rules is made for that territory as before. Optional: without
     * it, the first analysis makes them itself. Calling it again does nothing more.
     */
    default void warmUp() {
    }

    /**
     * The taxonomy flows are resolved against: the shipped one with the resources plugins add. Read workspaces
     * with it so that a plugin's resources are recognised.
     */
    ResourceTaxonomy taxonomy();
}
