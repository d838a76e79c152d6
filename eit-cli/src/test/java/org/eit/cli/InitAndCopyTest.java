package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eit.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code eit init} and {@code eit samples copy}: new workspaces, never over a user's file. */
class InitAndCopyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aNewWorkspaceHasEveryFileAndValidates(String language) throws IOException {
        Path ws = dir.resolve("new " + language);
        CliRun init = CliRun.of("init", ws.toString(), "--lang", language);
        assertThat(init.exitCode()).as(init.err()).isZero();
        for (String file : InitCommand.FILES) {
            assertThat(ws.resolve(file)).isRegularFile();
        }
        String actors = Files.readString(ws.resolve("actors.csv"));
        assertThat(actors).startsWith(language.equals("fr") ? "identifiant;nom;type" : "id,name,kind");
        assertThat(actors.lines()).hasSize(2);
        assertThat(Files.readString(ws.resolve("observations.csv")))
                .startsWith(language.equals("fr") ? "identifiant;acteur;thème;texte;étiquettes;date;source"
                        : "id,actor,theme,text,tags,date,source");
        assertThat(Files.readString(ws.resolve("README.md")))
                .contains(language.equals("fr") ? "chef de projet" : "study lead");
        assertThat(Files.readString(ws.resolve("territory.yaml"))).contains("language: " + language);
        CliRun validate = CliRun.of("validate", ws.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains(language.equals("fr") ? "0 erreur(s), 0 avertissement(s)"
                : "0 error(s), 0 warning(s)");
        assertThat(CliRun.of("analyze", ws.toString(), "--out", dir.resolve("out-" + language).toString())
                .exitCode()).isZero();
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndForceNeverReplacesAUsersFile() throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve("actors.csv"), "mine");
        CliRun refused = CliRun.of("--lang", "en", "init", ws.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("is not empty", "--force");
        assertThat(ws.resolve("flows.csv")).doesNotExist();

        CliRun forced = CliRun.of("--lang", "en", "init", ws.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.err()).contains("Kept as it was: " + ws.resolve("actors.csv"), "Written 4 file(s)");
        assertThat(Files.readString(ws.resolve("actors.csv"))).isEqualTo("mine");
        assertThat(ws.resolve("flows.csv")).isRegularFile();

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(CliRun.of("init", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("init", file.resolve("below").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("init").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void samplesCopyWritesTheSampleAsShippedAndNeverOverASamplesFolderOfTheUser() throws IOException {
        Path copy = dir.resolve("with space/tutorial");
        CliRun run = CliRun.of("samples", "copy", "tutorial", copy.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path shipped = Samples.find("tutorial").orElseThrow().path();
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllBytes(copy.resolve(file.getFileName().toString())))
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        assertThat(CliRun.of("validate", copy.toString()).exitCode()).isZero();

        Files.writeString(copy.resolve("flows.csv"), "my edits");
        assertThat(CliRun.of("samples", "copy", "tutorial", copy.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("samples", "copy", "tutorial", copy.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(copy.resolve("flows.csv"))).isEqualTo("my edits");

        CliRun unknown = CliRun.of("--lang", "en", "samples", "copy", "atlantis", dir.resolve("x").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unknown sample 'atlantis'", "tutorial");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
