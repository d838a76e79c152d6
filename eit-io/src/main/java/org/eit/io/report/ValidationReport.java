package org.eit.io.report;

import java.util.Locale;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.problem.MessageCatalog;
import org.eit.core.problem.Problem;
import org.eit.core.resource.Resource;
import org.eit.io.workspace.FlowClassification;
import org.eit.io.workspace.Workspace;

/**
 * The validation report of a workspace as plain text, in French or English: what was read, every problem with its
 * file, line, column, field and value, and how resources were inferred from descriptions.
 */
public final class ValidationReport {
    static final MessageCatalog REPORT = MessageCatalog.of(ValidationReport.class, "Report");

    private ValidationReport() {
    }

    public static String render(Workspace workspace, Locale locale) {
        StringBuilder out = new StringBuilder();
        line(out, text(locale, "validation.title", workspace.source()));
        Territory territory = workspace.validTerritory().orElse(null);
        if (territory != null) {
            long offers = territory.flows().stream().filter(Flow::isOffer).count();
            line(out, text(locale, "validation.territory", territory.name(), territory.language().code(),
                    territory.currency()));
            line(out, text(locale, "validation.counts", territory.actors().size(), territory.flows().size(), offers,
                    territory.flows().size() - offers));
        }
        if (!workspace.rules().isEmpty()) {
            line(out, text(locale, "validation.rules", workspace.rules().size()));
        }
        if (!workspace.knowledge().isEmpty()) {
            line(out, text(locale, "validation.knowledge", workspace.knowledge().size()));
        }
        out.append('\n');
        line(out, text(locale, "validation.problems", workspace.errorCount(), workspace.warningCount()));
        for (Problem problem : workspace.problems()) {
            line(out, "  " + problem.format(locale));
        }
        long inferred = workspace.classifications().stream().filter(FlowClassification::inferred).count();
        if (inferred > 0) {
            out.append('\n');
            line(out, text(locale, "validation.inferred", inferred));
            for (FlowClassification c : workspace.classifications()) {
                if (c.inferred()) {
                    Resource resource = workspace.taxonomy().get(c.resourceId());
                    line(out, "  " + text(locale, "validation.inferred-line", c.at(), c.flowId(), c.text(),
                            resource.id(), resource.label(locale), c.matched(), String.format(Locale.ROOT, "%.2f",
                                    c.score())));
                }
            }
        }
        out.append('\n');
        line(out, text(locale, workspace.isValid() ? "validation.valid" : "validation.invalid"));
        return out.toString();
    }

    static String text(Locale locale, String key, Object... args) {
        return REPORT.text(locale, key, args);
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
