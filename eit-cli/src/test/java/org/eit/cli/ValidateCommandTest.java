package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void validatesTheBundledSampleWhenNoWorkspaceIsGiven() {
        CliRun run = CliRun.of("validate");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("petr-trois-vallees");
        // The sample is French: without --lang the report follows the territory's language.
        assertThat(run.out()).contains("Problèmes : 0 erreur(s), 0 avertissement(s)", "Résultat : valide");
    }

    @Test
    void theLanguageOptionWins() {
        CliRun run = CliRun.of("--lang", "en", "validate", "--sample", "tutorial");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("10 actors, 25 flows", "Result: valid");
    }

    @Test
    void invalidDataExitsWith3AndListsEveryProblemOnStandardOutput() throws IOException {
        Files.writeString(dir.resolve("territory.yaml"), "name: Test\nlanguage: en\n");
        Files.writeString(dir.resolve("actors.csv"), "id,name,kind,latitude,longitude\nA1,Mill,company,95,3\n");
        Files.writeString(dir.resolve("flows.csv"),
                "id,actor,direction,resource,quantity,unit\nF1,A2,offer,sawdust,10,t/year\n");
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).contains(
                "actors.csv:2:4: error: latitude = '95': latitude must be between -90 and 90",
                "flows.csv:2:2: error: actor = 'A2': no actor has this id in the actors",
                "Result: invalid");
    }

    @Test
    void knowledgeTablesParametersAndRulesAreCheckedToo() throws IOException {
        Files.writeString(dir.resolve("territory.yaml"),
                "name: Test\nlanguage: en\nparameters:\n  network.local-radius-km: far\n");
        Files.writeString(dir.resolve("actors.csv"), "id,name,kind,latitude,longitude\nA1,Mill,company,46.5,3.2\n");
        Files.writeString(dir.resolve("flows.csv"), "id,actor,direction,resource,quantity,unit\nF1,A1,offer,sawdust,10,t/year\n");
        Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge/reaches.csv"), "family,mode,max_km,source\nsawdust,boat,10,test\n");
        CliRun invalid = CliRun.of("validate", dir.toString());
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.out()).contains(
                "knowledge/reaches.csv:2:2: error: mode = 'boat': unknown transport mode",
                "parameters.network.local-radius-km = 'far': must be a number greater than 0");

        Files.delete(dir.resolve("knowledge/reaches.csv"));
        Files.writeString(dir.resolve("territory.yaml"), "name: Test\nlanguage: en\n");
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/broken.drl"), "package x.substitution;\nrule \"R\"\nwhen\n  Foo( a == )\nthen\nend\n");
        CliRun broken = CliRun.of("validate", dir.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(broken.out()).contains("rules/broken.drl:4:");
    }

    @Test
    void usageErrorsExitWith2() {
        CliRun missing = CliRun.of("validate", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("No workspace folder or document at", "--help");
        assertThat(CliRun.of("--no-such-option").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("validate", "--sample", "atlantis").err()).contains("Unknown sample 'atlantis'");
    }

    @Test
    void helpAndVersionWork() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate", "Exit codes:", "3   invalid territory data");
        CliRun aide = CliRun.of("--lang", "fr", "--help");
        assertThat(aide.out()).contains("Codes de sortie", "Commandes");
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("eit ").doesNotContain("${");
    }
}
