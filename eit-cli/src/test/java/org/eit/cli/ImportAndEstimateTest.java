package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eit import sirene}, then {@code eit analyze} completed by the activity profiles: the study's V1. */
class ImportAndEstimateTest {
    private static final Path EXTRACT = Path.of("..").toAbsolutePath().normalize()
            .resolve("eit-io/src/test/resources/org/eit/io/sirene/extract-allier.csv");

    @TempDir
    Path dir;

    @Test
    void importsAnExtractThenAnalysesItsDiagnosticV1() throws IOException {
        Path ws = dir.resolve("ws");
        CliRun imported = CliRun.of("--lang", "en", "import", "sirene", EXTRACT.toString(), "--out", ws.toString(),
                "--communes", "03190,03185");
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.out()).contains("Read 12 establishments, kept 7 as actors",
                "Skipped: 1 closed, 1 in other communes, 0 of other activities, 1 abroad, 1 without a valid SIRET, "
                        + "1 SIRET seen twice.",
                "partially diffusible, named anonymously (name and position not kept): 1",
                "2 converted from Lambert-93");
        CliRun french = CliRun.of("--lang", "fr", "import", "sirene", EXTRACT.toString(), "--out", ws.toString(),
                "--communes", "03190,03185");
        assertThat(french.exitCode()).isZero();
        assertThat(french.out()).contains("12 établissements lus, 7 gardés comme acteurs", "1 fermés");

        CliRun validated = CliRun.of("--lang", "en", "validate", ws.toString());
        assertThat(validated.exitCode()).as(validated.out()).isEqualTo(ExitCodes.OK);
        assertThat(validated.out()).contains("no flow is declared yet");

        Path out = dir.resolve("out");
        CliRun analysed = CliRun.of("--lang", "en", "analyze", ws.toString(), "--out", out.toString());
        assertThat(analysed.exitCode()).as(analysed.err()).isEqualTo(ExitCodes.OK);
        assertThat(analysed.out()).contains("Diagnostic V1 from activity profiles", "resting on at least one "
                + "estimated flow", "likely taker(s)");
        JsonNode diagnostic = new ObjectMapper().readTree(out.resolve("diagnostic.json").toFile());
        JsonNode estimation = diagnostic.get("estimation");
        assertThat(estimation.get("basis").asText()).isEqualTo("activity-profiles");
        assertThat(estimation.get("counts").get("estimatedFlows").asInt()).isPositive();
        assertThat(estimation.get("counts").get("synergiesOnDeclaredData").asInt()).isZero();
        assertThat(diagnostic.get("counts").get("flows").asInt())
                .isEqualTo(estimation.get("counts").get("estimatedFlows").asInt());
        JsonNode flow = estimation.get("flows").get(0);
        assertThat(flow.get("source").asText()).isNotBlank();
        for (JsonNode synergy : diagnostic.get("synergies")) {
            assertThat(synergy.get("confidence").asText()).isEqualTo("low");
            assertThat(synergy.get("restsOnEstimates").asBoolean()).isTrue();
        }
        JsonNode onEstimates = estimation.get("synergiesOnEstimates");
        assertThat(onEstimates.size())
                .isEqualTo(diagnostic.get("synergies").size() + diagnostic.get("internal").size());
        if (onEstimates.size() > 0) {
            assertThat(onEstimates.get(0).get("note").get("en").asText()).contains("to confirm in interview");
            assertThat(onEstimates.get(0).get("note").get("fr").asText()).contains("à confirmer en entretien");
        }
        // the hospital's estimated cardboard and the dairy's whey have takers among the profiles? at least one
        assertThat(estimation.get("likelyTakers").size()).isPositive();
    }

    @Test
    void estimateKeepsTheSynergiesOnDeclaredDataApart() throws IOException {
        Path out = dir.resolve("out");
        CliRun plain = CliRun.of("--lang", "en", "analyze", "--sample", "petr-trois-vallees", "--out",
                out.toString());
        assertThat(plain.exitCode()).isZero();
        JsonNode declared = new ObjectMapper().readTree(out.resolve("diagnostic.json").toFile());
        assertThat(declared.has("estimation")).isFalse();
        CliRun estimated = CliRun.of("--lang", "en", "analyze", "--sample", "petr-trois-vallees", "--estimate",
                "--out", out.toString());
        assertThat(estimated.exitCode()).as(estimated.err()).isZero();
        JsonNode diagnostic = new ObjectMapper().readTree(out.resolve("diagnostic.json").toFile());
        JsonNode counts = diagnostic.get("estimation").get("counts");
        // every pair of declared flows is still there with the same quantity, counted apart from estimates (a
        // pooling group may gain estimated members)
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        diagnostic.get("synergies").forEach(s -> byId.put(s.get("id").asText(), s));
        for (JsonNode synergy : declared.get("synergies")) {
            if (synergy.get("kind").asText().equals("substitution")) {
                JsonNode same = byId.get(synergy.get("id").asText());
                assertThat(same).as(synergy.get("id").asText()).isNotNull();
                assertThat(same.get("restsOnEstimates").asBoolean()).isFalse();
                assertThat(same.get("allocation")).isEqualTo(synergy.get("allocation"));
            }
        }
        assertThat(diagnostic.get("network")).isEqualTo(declared.get("network"));
        assertThat(counts.get("synergiesOnDeclaredData").asInt()).isEqualTo(declared.get("synergies").size());
        assertThat(counts.get("synergiesOnDeclaredData").asInt() + counts.get("synergiesOnEstimates").asInt())
                .isEqualTo(diagnostic.get("synergies").size());
        assertThat(estimated.out()).contains("synergy(ies) resting on declared or measured data");
        long flagged = 0;
        for (JsonNode synergy : diagnostic.get("synergies")) {
            flagged += synergy.get("restsOnEstimates").asBoolean() ? 1 : 0;
        }
        assertThat(flagged).isEqualTo(counts.get("synergiesOnEstimates").asLong());
        assertThat(declared.get("synergies").get(0).has("restsOnEstimates")).isFalse();
    }

    @Test
    void badOptionsAndBadExtractsEndWithTheirExitCodes() throws IOException {
        Path ws = dir.resolve("ws");
        CliRun badCommune = CliRun.of("--lang", "en", "import", "sirene", EXTRACT.toString(), "--out", ws.toString(),
                "--communes", "3190");
        assertThat(badCommune.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badCommune.err()).contains("'3190' is not an INSEE commune code");
        CliRun badActivity = CliRun.of("--lang", "en", "import", "sirene", EXTRACT.toString(), "--out",
                ws.toString(), "--activities", "10.5Q");
        assertThat(badActivity.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("import", "sirene", dir.resolve("absent.csv").toString(), "--out", ws.toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "id;nom\n1;x\n");
        CliRun notSirene = CliRun.of("--lang", "en", "import", "sirene", other.toString(), "--out", ws.toString());
        assertThat(notSirene.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(notSirene.err()).contains("siret").doesNotContain("Exception");
        assertThat(ws).doesNotExist();
    }
}
