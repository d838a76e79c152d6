package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheSamplesAndTheDefault() {
        CliRun run = CliRun.of("--lang", "en", "samples", "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("tutorial", "Default sample:");
    }

    @Test
    void generatesTheSameWorkspaceForTheSameSeedAndNeverOverwritesAUsersFile() throws IOException {
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        assertThat(CliRun.of("samples", "generate", "--actors", "200", "--seed", "5", first.toString()).exitCode())
                .isZero();
        assertThat(CliRun.of("samples", "generate", "--actors", "200", "--seed", "5", second.toString()).exitCode())
                .isZero();
        for (String file : new String[] {"territory.yaml", "actors.csv", "flows.csv"}) {
            assertThat(Files.readAllBytes(second.resolve(file))).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(CliRun.of("validate", first.toString()).exitCode()).isZero();
        // Generating again over its own files is fine; over a file the user changed is not.
        assertThat(CliRun.of("samples", "generate", "--actors", "100", first.toString()).exitCode()).isZero();
        Files.writeString(first.resolve("flows.csv"), "edited by hand");
        CliRun refused = CliRun.of("samples", "generate", "--actors", "100", first.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(first.resolve("flows.csv"))).isEqualTo("edited by hand");
        assertThat(CliRun.of("samples", "generate", "--actors", "0", dir.resolve("c").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
