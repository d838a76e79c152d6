package org.eit.core.api;

/**
 * The engine: a territory in, its diagnostic out. Implementations are thread-safe; one instance serves any number
 * of analyses, concurrent or not, and caches what it compiles.
 *
 * <p>Errors: {@link org.eit.core.problem.InvalidInputException} when a knowledge table or a parameter is invalid
 * (every problem listed), {@link RuleException} when a rule file does not compile or a rule loops.
 */
public interface EitEngine {

    Diagnostic analyze(AnalysisRequest request);

    /**
     * What {@link #analyze} would refuse or warn about before matching anything: the territory's parameters, its
     * knowledge tables and its rule files (compiled, so a rule author learns of an error without running an
     * analysis). Errors and warnings are returned; a rule file that does not compile throws {@link RuleException}.
     */
    java.util.List<org.eit.core.problem.Problem> check(AnalysisRequest request);
}
