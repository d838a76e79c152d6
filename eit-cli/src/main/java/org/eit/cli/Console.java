package org.eit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.eit.core.problem.Problem;

/**
 * Where a command writes and in which language: results to {@code out}, messages to {@code err}.
 * {@code explicitLanguage} is true when the user chose the language ({@code --lang}, {@code EIT_LANG});
 * {@code verbosity} says what is said on {@code err}; {@code terminal} is true when standard error is a terminal
 * a person watches (then long runs show their progress).
 */
record Console(PrintWriter out, PrintWriter err, Locale locale, boolean explicitLanguage, Verbosity verbosity,
               boolean terminal) {

    Console(PrintWriter out, PrintWriter err, Locale locale, boolean explicitLanguage) {
        this(out, err, locale, explicitLanguage, Verbosity.NORMAL, false);
    }

    /** Reports follow the user's choice of language, else the territory's. */
    Locale reportLocale(org.eit.core.model.Language territoryLanguage) {
        return explicitLanguage || territoryLanguage == null ? locale : territoryLanguage.locale();
    }

    String text(String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    boolean quiet() {
        return verbosity == Verbosity.QUIET;
    }

    /** An informative message for the user on standard error; {@code -q} silences it. */
    void say(String key, Object... args) {
        if (!quiet()) {
            err.println(text(key, args));
            err.flush();
        }
    }

    /** An error message on standard error, said whatever the verbosity. */
    void error(String key, Object... args) {
        err.println(text(key, args));
        err.flush();
    }

    /** A result on standard output (a table, a report); with {@code -q} only errors are printed, so none. */
    void result(String text) {
        if (!quiet()) {
            out.print(text);
            out.flush();
        }
    }

    /**
     * A report of problems on standard output: the whole report, or with {@code -q} the errors alone, one a line
     * (what a script needs).
     */
    void report(String report, List<Problem> problems, Locale reportLocale) {
        if (quiet()) {
            problems.stream().filter(Problem::isError).forEach(p -> out.println(p.format(reportLocale)));
        } else {
            out.print(report);
        }
        out.flush();
    }

    /** Problems on standard error, each on its line; with {@code -q} the errors alone. */
    void problems(List<Problem> problems, Locale reportLocale) {
        for (Problem problem : problems) {
            if (problem.isError() || !quiet()) {
                err.println(problem.format(reportLocale));
            }
        }
        err.flush();
    }

    /** The progress display of a long run: on a terminal and not {@code -q}, else silent. */
    Progress progress() {
        return terminal && !quiet() ? new Progress(this, verbosity != Verbosity.NORMAL) : Progress.NONE;
    }
}
