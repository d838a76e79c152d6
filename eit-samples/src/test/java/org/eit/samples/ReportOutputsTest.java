package org.eit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.model.Actor;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.report.CsvStyle;
import org.eit.io.report.DiagnosticJson;
import org.eit.io.report.ReportFormat;
import org.eit.io.report.ReportInputs;
import org.eit.io.report.Reports;
import org.eit.io.report.SummaryTable;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every output of every bundled sample: diagnostic.json validates against the shipped JSON Schema, and an anonymised
 * run names no actor of the input in any file nor in the console summary.
 */
class ReportOutputsTest {
    private static final EitEngine ENGINE = Eit.engine().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new String(Reports.schema(), StandardCharsets.UTF_8), InputFormat.JSON);

    private static Workspace read(Sample sample) {
        Workspace workspace = new WorkspaceReader().read(sample.path());
        assertThat(workspace.isValid()).as(sample.name()).isTrue();
        return workspace;
    }

    private static ReportInputs inputs(Workspace workspace, Locale locale) {
        Diagnostic diagnostic = ENGINE.analyze(new AnalysisRequest(workspace.territory(), workspace.taxonomy(),
                workspace.rules(), workspace.knowledge()));
        return ReportInputs.of(workspace, workspace.territory(), diagnostic, null, locale);
    }

    private static void assertValid(String json, String what) {
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("schema errors of %s", what).isEmpty();
    }

    @TestFactory
    Iterable<DynamicTest> diagnosticJsonOfEverySampleValidatesAgainstTheShippedSchema() {
        return Samples.list().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            Workspace workspace = read(sample);
            Locale locale = workspace.territory().language().locale();
            ReportInputs inputs = inputs(workspace, locale);
            assertValid(DiagnosticJson.write(inputs), sample.name());
            assertValid(DiagnosticJson.write(inputs.anonymize()), sample.name() + " anonymised");
            WorkspaceEstimation estimation = WorkspaceEstimation.of(workspace);
            assertValid(DiagnosticJson.write(ReportInputs.of(workspace, estimation.territory(),
                    estimation.analyze(ENGINE, workspace), estimation, locale)), sample.name() + " estimated");
        })).toList();
    }

    @Test
    void theSchemaCatchesWhatIsWrong() {
        String json = DiagnosticJson.write(inputs(read(Samples.find("tutorial").orElseThrow()), Locale.FRENCH));
        assertThat(SCHEMA.validate(json.replaceFirst("\"kind\" : \"substitution\"", "\"kind\" : \"swap\""),
                InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(json.replaceFirst("\"anonymized\" : false,", ""), InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void theSchemaInDocsIsTheShippedOne() throws Exception {
        assertThat(Files.readAllBytes(Path.of("../docs/diagnostic.schema.json"))).isEqualTo(Reports.schema());
    }

    @TestFactory
    Iterable<DynamicTest> anAnonymisedRunOfEverySampleNamesNoActorInAnyOutput() {
        return Samples.list().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            Workspace workspace = read(sample);
            for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                ReportInputs anonymous = inputs(workspace, locale).anonymize();
                Map<String, byte[]> files = Reports.render(anonymous, EnumSet.allOf(ReportFormat.class),
                        CsvStyle.of(locale));
                assertThat(files.keySet()).containsAll(Reports.files(EnumSet.allOf(ReportFormat.class)));
                StringBuilder outputs = new StringBuilder();
                files.forEach((name, bytes) -> outputs.append("\n=== ").append(name).append('\n')
                        .append(new String(bytes, StandardCharsets.UTF_8)));
                outputs.append(SummaryTable.render(anonymous.territory(), workspace.taxonomy(),
                        anonymous.diagnostic(), anonymous.estimation(), locale));
                String all = outputs.toString();
                // The territory's own name is kept even where an actor (the PETR itself) bears it.
                List<String> names = workspace.territory().actors().stream().map(Actor::name)
                        .filter(n -> !n.equals(workspace.territory().name())).toList();
                assertThat(names).isNotEmpty();
                for (String name : names) {
                    assertThat(all).as("%s (%s) names %s", sample.name(), locale, name).doesNotContain(name);
                }
                assertThat(all).contains(locale.getLanguage().equals("fr") ? "Entreprise A" : "Firm A");
            }
        })).toList();
    }
}
