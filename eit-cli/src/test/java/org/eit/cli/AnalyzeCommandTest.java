package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private Path workspace() throws IOException {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("territory.yaml"), "name: Test park\nlanguage: en\n");
        Files.writeString(ws.resolve("actors.csv"), """
                id,name,kind,latitude,longitude,zone
                A1,Sawmill,company,46.500,3.200,Park
                A2,Boiler house,utility,46.510,3.200,Town
                """);
        Files.writeString(ws.resolve("flows.csv"), """
                id,actor,direction,resource,quantity,unit,source
                F1,A1,offer,sawdust,800,t/year,measured
                F2,A2,demand,wood-fuel-chips,1200,t/year,measured
                """);
        return ws;
    }

    @Test
    void analysesTheBundledSampleAndWritesTheDiagnostic() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("synergies", "S-", "P-");
        assertThat(run.err()).contains("diagnostic.json");
        JsonNode diagnostic = new ObjectMapper().readTree(out.resolve("diagnostic.json").toFile());
        assertThat(diagnostic.get("synergies").size()).isGreaterThan(5);
        JsonNode first = diagnostic.get("synergies").get(0);
        for (String field : new String[] {"id", "kind", "flows", "actors", "resource", "quantity", "unit",
            "distanceKm", "rules", "explanation", "confidence", "reachCriterion", "reach", "conditions",
            "allocation"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("explanation").get("fr").asText()).isNotBlank();
        assertThat(first.get("explanation").get("en").asText()).isNotBlank();
        assertThat(diagnostic.get("flows").size()).isEqualTo(diagnostic.get("counts").get("flows").asInt());
        for (JsonNode flow : diagnostic.get("flows")) {
            if (flow.get("quantity").isNumber()) {
                assertThat(flow.get("allocated").asDouble()).as(flow.get("id").asText())
                        .isLessThanOrEqualTo(flow.get("quantity").asDouble() * 1.001);
            }
        }
    }

    @Test
    void runningTwiceGivesTheSameFileAndReplacesOnlyWhatEitWrote() throws IOException {
        Path out = dir.resolve("out");
        assertThat(CliRun.of("analyze", workspace().toString(), "--out", out.toString()).exitCode()).isZero();
        String first = Files.readString(out.resolve("diagnostic.json"));
        assertThat(CliRun.of("analyze", workspace().toString(), "--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("diagnostic.json"))).isEqualTo(first);

        Files.writeString(out.resolve("diagnostic.json"), "my own notes");
        CliRun refused = CliRun.of("analyze", workspace().toString(), "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("Refusing to overwrite", "--force");
        assertThat(Files.readString(out.resolve("diagnostic.json"))).isEqualTo("my own notes");
        assertThat(CliRun.of("analyze", workspace().toString(), "--out", out.toString(), "--force").exitCode())
                .isZero();
        assertThat(Files.readString(out.resolve("diagnostic.json"))).isEqualTo(first);
    }

    @Test
    void aRuleWithASyntaxErrorExitsWith4AndNamesFileAndLine() throws IOException {
        Path rules = dir.resolve("my-rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), """
                package org.example.substitution.broken;
                import org.eit.rules.facts.Offer;
                rule "Broken"
                when
                    Offer( resource == )
                then
                end
                """);
        CliRun run = CliRun.of("analyze", workspace().toString(), "--out", dir.resolve("out").toString(),
                "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(run.err()).contains(rules.resolve("broken.drl") + ":5:");
        assertThat(Files.exists(dir.resolve("out/diagnostic.json"))).isFalse();
    }

    @Test
    void aLoopingWorkspaceRuleExitsWith4AndNamesTheRule() throws IOException {
        Path ws = workspace();
        Files.createDirectories(ws.resolve("rules"));
        Files.writeString(ws.resolve("rules/loop.drl"), """
                package org.example.network.loop;
                import org.eit.rules.network.NetworkSettings;
                rule "Never ends"
                when
                    $s : NetworkSettings()
                then
                    update( $s );
                end
                """);
        Files.writeString(ws.resolve("territory.yaml"),
                "name: Test park\nlanguage: en\nparameters:\n  rules.max-firings: 2000\n");
        CliRun run = CliRun.of("analyze", ws.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(run.err()).contains("rules/loop.drl:3: error: rule = 'Never ends': this rule fired");
    }

    @Test
    void invalidDataExitsWith3WithoutAnalysing() throws IOException {
        Path ws = workspace();
        Files.writeString(ws.resolve("flows.csv"), "id,actor,direction,resource,quantity,unit\nF1,A9,offer,sawdust,1,t\n");
        CliRun run = CliRun.of("analyze", ws.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).contains("flows.csv:2:2: error: actor = 'A9'");
    }

    @Test
    void aMissingRulesFolderIsAUsageError() throws IOException {
        CliRun run = CliRun.of("analyze", workspace().toString(), "--rules", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    // --- Issue 14: the output never lands where it must not, and never ends in a stack trace. ---

    @Test
    void anOutThatNamesAnExistingFileIsAUsageErrorWithoutStackTrace() throws IOException {
        Path file = dir.resolve("results.txt");
        Files.writeString(file, "my notes");
        CliRun run = CliRun.of("analyze", workspace().toString(), "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--out " + file + " cannot be a folder: " + file + " is a file")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(file)).isEqualTo("my notes");
        CliRun below = CliRun.of("analyze", workspace().toString(), "--out", file.resolve("sub").toString());
        assertThat(below.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(below.err()).doesNotContain("Exception");
    }

    @Test
    void anOutInsideTheWorkspaceIsRefused() throws IOException {
        Path ws = workspace();
        for (Path out : new Path[] {ws, ws.resolve("rules"), ws.resolve("knowledge/x")}) {
            CliRun run = CliRun.of("analyze", ws.toString(), "--out", out.toString());
            assertThat(run.exitCode()).as("%s", out).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("would write into the workspace");
        }
        assertThat(CliRun.of("analyze", ws.toString(), "--out", ws.resolve("eit-output").toString()).exitCode())
                .isZero();
    }

    @Test
    void analyzeNeverChangesTheWorkspace() throws IOException {
        Path ws = workspace();
        java.util.Map<Path, String> before = snapshot(ws);
        assertThat(CliRun.of("analyze", ws.toString(), "--out", dir.resolve("out").toString()).exitCode()).isZero();
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void writtenFilesHaveTheDefaultPermissionsNotPrivateOnes() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        Path out = dir.resolve("out");
        assertThat(CliRun.of("analyze", workspace().toString(), "--out", out.toString()).exitCode()).isZero();
        Path reference = Files.createFile(dir.resolve("made-by-the-user"));
        assertThat(Files.getPosixFilePermissions(out.resolve("diagnostic.json")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        try (var files = Files.list(out)) {
            // The default formats (html, json, csv), and no temporary file left behind.
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html",
                    "diagnostic.json", "diagnostic.schema.json", "synergies.csv", "flows.csv", "gains.csv",
                    "actions.csv", "afom.csv", ".eit-manifest");
        }
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(Files.getPosixFilePermissions(file)).as("%s", file)
                        .isEqualTo(Files.getPosixFilePermissions(reference));
            }
        }
    }

    // --- Issue 12: the outputs a study lead asks for. ---

    @Test
    void formatPicksTheOutputs() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", workspace().toString(), "--out", out.toString(), "--format", "md,geojson");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.md",
                    "map.geojson", ".eit-manifest");
        }
        assertThat(run.err()).contains("Written: " + out.resolve("report.md"), "Written: " + out.resolve("map.geojson"));
        assertThat(Files.readString(out.resolve("report.md"))).startsWith("# Test park").contains("Sawmill");
    }

    @Test
    void anUnknownFormatOrCsvStyleIsAUsageErrorInTheUsersLanguage() throws IOException {
        CliRun run = CliRun.of("analyze", workspace().toString(), "--out", dir.resolve("out").toString(),
                "--format", "html,pdf");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown output format pdf: use html, md, json, csv or geojson")
                .doesNotContain("Exception");
        CliRun fr = CliRun.of("--lang", "fr", "analyze", workspace().toString(), "--out", dir.resolve("out").toString(),
                "--csv-style", "excel");
        assertThat(fr.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fr.err()).contains("Style CSV inconnu excel");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void csvStyleFollowsTheReportsLanguageUnlessAsked() throws IOException {
        Path en = dir.resolve("en");
        assertThat(CliRun.of("analyze", workspace().toString(), "--out", en.toString(), "--format", "csv")
                .exitCode()).isZero();
        assertThat(Files.readString(en.resolve("synergies.csv"))).startsWith("id,status,kind,");
        Path fr = dir.resolve("fr");
        assertThat(CliRun.of("analyze", workspace().toString(), "--out", fr.toString(), "--format", "csv",
                "--csv-style", "fr").exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(fr.resolve("synergies.csv"));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFid;status;kind;");
    }

    @Test
    void noFileIsWrittenWhenOneOfThemWouldReplaceTheUsersOwn() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.html"), "my own page");
        CliRun run = CliRun.of("analyze", workspace().toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Refusing to overwrite " + out.resolve("report.html"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void anonymizeKeepsNamesOutOfTheSummaryAndTheFiles() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", workspace().toString(), "--out", out.toString(), "--anonymize",
                "--format", "html,md,json,csv,geojson");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Firm A01", "Utility A02").doesNotContain("Sawmill").doesNotContain("Boiler house");
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as("%s", file).doesNotContain("Sawmill")
                        .doesNotContain("Boiler house");
            }
        }
        assertThat(Files.readString(out.resolve("diagnostic.json"))).contains("\"anonymized\" : true",
                "\"latitude\" : 46.5,");
    }

    private static java.util.Map<Path, String> snapshot(Path root) throws IOException {
        java.util.Map<Path, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                files.put(root.relativize(p), Files.isDirectory(p) ? "dir"
                        : org.eit.core.internal.text.Hashes.sha256Hex(Files.readAllBytes(p))
                                + " " + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
