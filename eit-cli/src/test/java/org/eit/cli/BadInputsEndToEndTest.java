package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A few cases of eit-io's bad-input corpus ({@code eit-io/src/test/resources/bad-inputs}) through the command
 * itself: the exit code of the README, the expected message on the report, and never a stack trace.
 */
class BadInputsEndToEndTest {
    private static final Path CORPUS = Path.of("..").toAbsolutePath().normalize()
            .resolve("eit-io/src/test/resources/bad-inputs");

    @TempDir
    Path dir;

    private Path lay(String name) throws IOException {
        for (Path folder : new Path[] {CORPUS.resolve("_base"), CORPUS.resolve(name)}) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = dir.resolve("ws").resolve(folder.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir.resolve("ws");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "validate|actors-empty-file|3|actors.csv: error: the file is empty",
        "validate|flows-nul-bytes|3|flows.csv:4: error: the file holds 3 NUL byte(s)",
        "validate|yaml-alias-bomb|3|territory.yaml:5:10: error: YAML aliases (*name) are not read",
        "validate|flows-invalid-actor|3|flows.csv:3:2: error: actor = 'A2': this actor is listed (actors.csv line 3)",
        "validate|flows-mixed-separators|3|flows.csv:4: error: this row is one cell where the header has 12 columns",
        "validate|flows-utf-16le-excel-unicode-text|0|Result: valid",
        "analyze|flows-truncated-in-quote|3|flows.csv:4: error: the file is not valid CSV",
        "analyze|actors-swapped-coordinates|0|synergies",
    })
    void aBadInputEndsWithItsExitCodeAndMessageNeverAStackTrace(String command, String name, int exitCode,
                                                                String expected) throws IOException {
        Path ws = lay(name);
        CliRun run = command.equals("validate")
                ? CliRun.of("--lang", "en", "validate", ws.toString())
                : CliRun.of("--lang", "en", "analyze", ws.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as("%s%s", run.out(), run.err()).isEqualTo(exitCode);
        assertThat(run.out() + run.err()).contains(expected)
                .doesNotContain("Exception", "\tat ", "\u0000", "\uFFFD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "json-deeply-nested|territory.json:1:133: error: the document nests more than 100 levels deep",
        "json-nan-literal|territory.json:3:100: error: the document is not valid",
    })
    void aBadDocumentEndsWithExitCode3(String name, String expected) throws IOException {
        CliRun run = CliRun.of("--lang", "en", "validate", lay(name).resolve("territory.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).contains(expected);
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"eit.limits.max-file-bytes|2000|flows-too-large|flows.csv: error: the file has",
        "eit.limits.max-rows|10|flows-too-many-rows|flows.csv:12: error: the file has more than 10 rows"})
    void theLimitsAreSetBySystemProperties(String property, String value, String name, String expected)
            throws IOException {
        System.setProperty(property, value);
        try {
            CliRun run = CliRun.of("--lang", "en", "validate", lay(name).toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.out()).contains(expected);
        } finally {
            System.clearProperty(property);
        }
    }
}
