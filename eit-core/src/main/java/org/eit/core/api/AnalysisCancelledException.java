package org.eit.core.api;

/** The caller cancelled the analysis ({@link AnalysisListener#isCancelled()}); nothing was produced. */
public class AnalysisCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisCancelledException() {
        super("the analysis was cancelled");
    }
}
