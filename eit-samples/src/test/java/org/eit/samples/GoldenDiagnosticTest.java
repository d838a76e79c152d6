package org.eit.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.io.report.DiagnosticJson;
import org.eit.io.report.ReportInputs;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnostic of every sample, compared with the one checked in under {@code src/test/resources/golden/}. A
 * change of rules, knowledge or samples that changes a diagnostic shows here as a diff to review. To accept it,
 * run {@code mvn -pl eit-samples -am test -Dtest=GoldenDiagnosticTest -Deit.golden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and commit the new files.
 */
class GoldenDiagnosticTest {
    private static final EitEngine ENGINE = Eit.engine().build();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Iterable<DynamicTest> everySampleMatchesItsGoldenDiagnostic() {
        return Samples.list().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> check(sample)))
                .toList();
    }

    private static void check(Sample sample) throws IOException {
        Workspace workspace = new WorkspaceReader().read(sample.path());
        assertThat(workspace.isValid()).as(sample.name()).isTrue();
        Diagnostic diagnostic = ENGINE.analyze(new AnalysisRequest(workspace.territory(), workspace.taxonomy(),
                workspace.rules(), workspace.knowledge()));
        assertThat(diagnostic.warnings()).as("warnings a user would have to fix in %s", sample.name()).isEmpty();
        String actual = DiagnosticJson.write(ReportInputs.of(workspace, workspace.territory(), diagnostic, null,
                workspace.territory().language().locale()));
        Path golden = GOLDEN.resolve(sample.name() + ".diagnostic.json");
        if (Boolean.getBoolean("eit.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden diagnostic of %s; create it with -Deit.golden.update=true", sample.name())
                .exists();
        assertThat(actual).as("diagnostic of %s (see %s)", sample.name(), golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
