package org.eit.io.scenario;

import java.util.List;
import java.util.Locale;
import org.eit.core.problem.MessageCatalog;
import org.eit.core.problem.Problem;
import org.eit.io.workspace.Scenario;

/**
 * The results of scenarios as plain text, in French or English: a line per scenario ({@code PASS}, {@code FAIL},
 * {@code INVALID}, {@code RULE ERROR}), and for each expectation that did not hold, where it is written, what it
 * expected and the closest entries of the diagnostic with how each differs; a summary line last.
 */
public final class ScenarioReport {
    static final MessageCatalog REPORT = MessageCatalog.of(ScenarioReport.class, "Report");

    private ScenarioReport() {
    }

    public static String render(List<ScenarioResult> results, Locale locale) {
        StringBuilder out = new StringBuilder();
        int passed = 0;
        int failed = 0;
        int invalid = 0;
        int ruleErrors = 0;
        for (ScenarioResult result : results) {
            Scenario scenario = result.scenario();
            String title = scenario.name() == null ? scenario.file() : scenario.file() + ": " + scenario.name();
            switch (result.outcome()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case INVALID -> invalid++;
                case RULE_ERROR -> ruleErrors++;
            }
            String label = text(locale, "outcome." + result.outcome().name().toLowerCase(Locale.ROOT));
            out.append(String.format(Locale.ROOT, "%-10s %s%n", label, title));
            for (Problem problem : result.problems()) {
                out.append("  ").append(problem.format(locale)).append('\n');
            }
            for (ScenarioResult.Check check : result.failures()) {
                Scenario.Expectation e = check.expectation();
                String what = text(locale, (e.negated() ? "expectation.not-" : "expectation.")
                        + (e.entry() ? "entry" : "whole"), e.section(), Show.of(e.expected()));
                out.append("  ").append(e.at()).append(": ").append(what).append('\n');
                out.append("    ").append(reason(check.reason(), locale)).append('\n');
                for (ScenarioResult.Near near : check.closest()) {
                    out.append("      ").append(near.label());
                    if (!near.differences().isEmpty()) {
                        out.append(near.label().isEmpty() ? "" : ": ").append(String.join("; ", near.differences()
                                .stream().map(d -> reason(d, locale)).toList()));
                    }
                    out.append('\n');
                }
            }
        }
        out.append(text(locale, "summary", results.size(), passed, failed, invalid, ruleErrors)).append('\n');
        return out.toString();
    }

    private static String reason(ScenarioResult.Reason reason, Locale locale) {
        return reason == null ? "" : text(locale, reason.code(), reason.args().toArray());
    }

    private static String text(Locale locale, String key, Object... args) {
        return REPORT.text(locale, key, args);
    }
}
