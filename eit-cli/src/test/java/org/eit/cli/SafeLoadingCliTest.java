package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspaces travel by e-mail: a rule in one that reaches for a process, a file or {@code System.exit} is refused by
 * {@code validate} and {@code analyze} alike (exit 4, file and line), and nothing of it runs; {@code --trust-rules}
 * is the user's word that the rules are theirs.
 */
class SafeLoadingCliTest {
    @TempDir
    Path dir;

    private Path workspace(String rule) throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve("territory.yaml"), "name: Test park\nlanguage: en\n");
        Files.writeString(ws.resolve("actors.csv"), "id,name,kind,latitude,longitude\nA1,Mill,company,46.5,3.2\n"
                + "A2,Boiler,utility,46.51,3.2\n");
        Files.writeString(ws.resolve("flows.csv"), "id,actor,direction,resource,quantity,unit,source\n"
                + "F1,A1,offer,sawdust,10,t/year,declared\nF2,A2,demand,sawdust,10,t/year,declared\n");
        Files.createDirectories(ws.resolve("rules"));
        Files.writeString(ws.resolve("rules/mine.drl"), rule);
        return ws;
    }

    private static String rule(String then) {
        return """
                package myterritory.substitution.mine;
                import org.eit.rules.detection.Candidate;

                rule "Mine"
                when
                    $c : Candidate( )
                then
                    %s
                end
                """.formatted(then);
    }

    @Test
    void aRuleThatRunsAProcessAndWritesAFileIsRefusedAndNothingHappens() throws IOException {
        Path marker = dir.resolve("owned");
        Path ws = workspace(rule("Runtime.getRuntime().exec(new String[] {\"sh\", \"-c\", \"id > " + marker
                + "\"}); java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"x\");"));
        CliRun validate = CliRun.of("validate", ws.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(validate.out()).contains("rules/mine.drl:8: error: code = 'java.lang.Runtime.getRuntime'",
                "rules/mine.drl:8: error: code = 'java.nio.file.Files.writeString'");
        CliRun analyze = CliRun.of("analyze", ws.toString(), "--out", dir.resolve("out").toString());
        assertThat(analyze.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(analyze.err()).contains("rules/mine.drl:8: error: code = 'java.lang.Runtime.getRuntime'")
                .doesNotContain("Exception");
        assertThat(marker).doesNotExist();
        assertThat(dir.resolve("out/diagnostic.json")).doesNotExist();
    }

    @Test
    void aRuleThatExitsCannotStopTheProgram() throws IOException {
        Path ws = workspace(rule("System.exit(0);"));
        CliRun analyze = CliRun.of("analyze", ws.toString(), "--out", dir.resolve("out").toString());
        assertThat(analyze.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(analyze.err()).contains("rules/mine.drl:8: error: code = 'java.lang.System.exit'");
    }

    @Test
    void trustingTheRulesRunsThemAndAnEndlessOneStopsOnTime() throws IOException {
        Path ws = workspace(rule("String version = System.getProperty(\"java.version\");"));
        assertThat(CliRun.of("analyze", ws.toString(), "--out", dir.resolve("a").toString()).exitCode())
                .isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(CliRun.of("analyze", ws.toString(), "--out", dir.resolve("b").toString(), "--trust-rules")
                .exitCode()).isEqualTo(ExitCodes.OK);
        Files.writeString(ws.resolve("rules/mine.drl"), rule("while (true) { }"));
        CliRun endless = CliRun.of("analyze", ws.toString(), "--out", dir.resolve("c").toString(),
                "--rule-timeout", "0.5");
        assertThat(endless.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(endless.err()).contains("rules/mine.drl:4: error: rule = 'Mine': the rule did not finish within "
                + "0.5 s");
    }
}
