package org.eit.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eit.core.api.Diagnostic;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.version.DiagnosticDiff;
import org.eit.io.workspace.FlowClassification;
import org.eit.io.workspace.Workspace;

/**
 * Everything the reports are made from: the territory analysed, its taxonomy (for resource names), the diagnostic,
 * the estimation when the territory was completed by activity profiles, how each flow's resource was read from what
 * the user wrote, and the language of the reports.
 *
 * @param territory       the territory as analysed (completed by the estimation, if any)
 * @param taxonomy        the workspace's taxonomy
 * @param diagnostic      the diagnostic
 * @param estimation      the estimation, or null
 * @param classifications how each flow's resource was decided
 * @param locale          the language of the reports (texts that are not bilingual, numbers)
 * @param anonymized      true when actors are under pseudonyms ({@link #anonymized()})
 * @param changes         what changed since an earlier version of the diagnostic ({@link #comparedWith}), or null:
 *                        the reports' section "What changed since V1"
 */
public record ReportInputs(Territory territory, ResourceTaxonomy taxonomy, Diagnostic diagnostic,
                           WorkspaceEstimation estimation, List<FlowClassification> classifications, Locale locale,
                           boolean anonymized, DiagnosticDiff changes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ReportInputs {
        Objects.requireNonNull(territory, "ReportInputs.territory");
        Objects.requireNonNull(taxonomy, "ReportInputs.taxonomy");
        Objects.requireNonNull(diagnostic, "ReportInputs.diagnostic");
        Objects.requireNonNull(locale, "ReportInputs.locale");
        classifications = List.copyOf(classifications);
    }

    /** Reports compared with no earlier version. */
    public ReportInputs(Territory territory, ResourceTaxonomy taxonomy, Diagnostic diagnostic,
                        WorkspaceEstimation estimation, List<FlowClassification> classifications, Locale locale,
                        boolean anonymized) {
        this(territory, taxonomy, diagnostic, estimation, classifications, locale, anonymized, null);
    }

    /**
     * The same reports with what changed since {@code earlier} (a saved version, read with
     * {@link DiagnosticDiff#read}): this diagnostic is compared as its diagnostic.json says it, by the same
     * {@link DiagnosticDiff} as {@code eit diff}, under the name {@code label} (a version label), or "this diagnostic"
     * when null. Compare after {@link #anonymize()}, with a version saved under pseudonyms too.
     */
    public ReportInputs comparedWith(DiagnosticDiff.Version earlier, String label) {
        JsonNode now;
        try {
            now = JSON.readTree(DiagnosticJson.write(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostic.json of this analysis does not read back", e);
        }
        String name = label == null ? ReportTexts.text(locale, "report.changes-this") : label;
        DiagnosticDiff diff = DiagnosticDiff.compare(earlier, new DiagnosticDiff.Version(name, now), locale);
        return new ReportInputs(territory, taxonomy, diagnostic, estimation, classifications, locale, anonymized,
                diff);
    }

    /** The reports of a valid workspace's analysis. */
    public static ReportInputs of(Workspace workspace, Territory analysed, Diagnostic diagnostic,
                                  WorkspaceEstimation estimation, Locale locale) {
        return new ReportInputs(analysed, workspace.taxonomy(), diagnostic, estimation, workspace.classifications(),
                locale, false);
    }

    /**
     * The same reports with every actor under a stable pseudonym ({@link Anonymizer}); without the comparison, which
     * names the actors as its versions do.
     */
    public ReportInputs anonymize() {
        if (anonymized) {
            return this;
        }
        Anonymizer a = Anonymizer.of(territory, locale);
        return new ReportInputs(a.territory(territory), taxonomy, a.diagnostic(diagnostic), a.estimation(estimation),
                a.classifications(classifications), locale, true);
    }
}
