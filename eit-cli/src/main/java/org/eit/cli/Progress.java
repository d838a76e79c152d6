package org.eit.cli;

import org.eit.core.api.AnalysisListener;

/**
 * Shows on standard error what a long run is doing (reading the workspace, each stage of the analysis as it
 * starts), on one line rewritten in place and erased at the end, so that nothing of it stays among the results.
 * With {@code -v} each step is a line of its own, since log lines come between. Only on a terminal: a script or a
 * log file gets none of it.
 */
class Progress implements AnalysisListener {
    /** Shows nothing. */
    static final Progress NONE = new Progress(null, false);

    private final Console console;
    private final boolean lines;
    private int shown;

    Progress(Console console, boolean lines) {
        this.console = console;
        this.lines = lines;
    }

    /** The workspace is being read. */
    void reading(Object what) {
        show(console == null ? "" : console.text("progress.reading", what));
    }

    @Override
    public void stageStarted(String stage, int index, int count) {
        show(console == null ? "" : console.text("progress.stage", index + 1, count, label(stage)));
    }

    /** The run's results are being written. */
    void writing() {
        show(console == null ? "" : console.text("progress.writing"));
    }

    /** Erases the progress line, before results or messages are printed. */
    void done() {
        if (console != null && shown > 0 && !lines) {
            console.err().print("\r" + " ".repeat(shown) + "\r");
            console.err().flush();
        }
        shown = 0;
    }

    private void show(String text) {
        if (console == null) {
            return;
        }
        if (lines) {
            console.err().println(text);
        } else {
            // Padded over the previous text, since a shorter line would leave its end behind; no ANSI codes, which
            // the Windows console shows as they are.
            console.err().print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
            shown = Math.max(shown, text.length());
        }
        console.err().flush();
    }

    /** The stage's name in the user's language; a plugin's stage by its own name. */
    private String label(String stage) {
        return switch (stage) {
            case "compatibility" -> console.text("stage.compatibility");
            case "detection" -> console.text("stage.detection");
            case "allocation" -> console.text("stage.allocation");
            case "gains" -> console.text("stage.gains");
            case "network" -> console.text("stage.network");
            case "indicators" -> console.text("stage.indicators");
            case "afom" -> console.text("stage.afom");
            case "actions" -> console.text("stage.actions");
            case "governance" -> console.text("stage.governance");
            case "opportunity" -> console.text("stage.opportunity");
            default -> stage;
        };
    }
}
