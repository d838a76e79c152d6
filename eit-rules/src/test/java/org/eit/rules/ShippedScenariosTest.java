package org.eit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eit.io.scenario.ScenarioReport;
import org.eit.io.scenario.ScenarioResult;
import org.eit.io.scenario.ScenarioRunner;
import org.eit.io.workspace.ScenarioReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios shipped beside the rule packs ({@code *.scenario.yaml} under {@code org/eit/rules/}) pass, run by the
 * runner of {@code eit rules test}: what a rule author reads as an example is what the build checks.
 */
class ShippedScenariosTest {
    private static final Path ROOT = Path.of("src/main/resources/org/eit/rules");

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(ScenarioReader.SUFFIX)).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() throws IOException {
        ScenarioReader reader = new ScenarioReader(Fixture.ENGINE.taxonomy());
        ScenarioRunner runner = new ScenarioRunner(Fixture.ENGINE);
        return scenarios().stream().map(path -> DynamicTest.dynamicTest(ROOT.relativize(path).toString(), () -> {
            ScenarioResult result = runner.run(reader.read(path));
            assertThat(result.passed()).as(ScenarioReport.render(List.of(result), Locale.ENGLISH)).isTrue();
        }));
    }

    @Test
    void everyShippedPackHasScenarios() throws IOException {
        List<String> folders = scenarios().stream().map(p -> ROOT.relativize(p.getParent()).toString()).toList();
        assertThat(folders).contains("detection/substitution", "detection/pooling", "network", "afom", "actions",
                "governance");
    }
}
