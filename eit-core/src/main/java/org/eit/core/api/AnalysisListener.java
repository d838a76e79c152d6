package org.eit.core.api;

/**
 * Follows a long analysis and may cancel it. The engine calls it from the analysing thread: between stages, and
 * inside a stage's rule session between rule firings, so that a cancellation takes effect within a firing.
 * Implementations must be quick and must not throw.
 */
public interface AnalysisListener {
    /** A listener that follows nothing and never cancels. */
    AnalysisListener NONE = new AnalysisListener() {
    };

    /** Stage {@code index} (0-based) of {@code count}, named {@code stage}, starts. */
    default void stageStarted(String stage, int index, int count) {
    }

    /** The stage has finished, after {@code millis} milliseconds. */
    default void stageFinished(String stage, int index, int count, long millis) {
    }

    /**
     * Polled often; once it returns true the analysis stops with {@link AnalysisCancelledException} and its
     * threads are free.
     */
    default boolean isCancelled() {
        return false;
    }
}
