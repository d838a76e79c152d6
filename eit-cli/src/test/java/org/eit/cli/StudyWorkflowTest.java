package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study's workflow after the V1: the interview guide and its round trip ({@code survey}, {@code survey import}),
 * the companies to interview ({@code prioritize}), labelled versions ({@code analyze --version-label}) and what
 * changed between two ({@code diff}).
 */
class StudyWorkflowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path copy(String sample) {
        Path ws = dir.resolve("ws");
        CliRun copied = CliRun.of("-q", "samples", "copy", sample, ws.toString());
        assertThat(copied.exitCode()).as(copied.err()).isZero();
        return ws;
    }

    /** The first questionnaire that lists an estimated flow and a declared one. */
    private static Path questionnaireWithBoth(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String text = Files.readString(file);
                if (text.contains(";estimé;") && text.contains(";déclaré;")) {
                    return file;
                }
            }
        }
        throw new AssertionError("no questionnaire with estimated and declared flows in " + folder);
    }

    @Test
    void theQuestionnairesOfTheFrenchSampleImportBackAsDeclaredFlows() throws IOException {
        Path ws = copy("petr-trois-vallees");
        byte[] original = Files.readAllBytes(ws.resolve("flows.csv"));
        Path guide = dir.resolve("guide");
        CliRun survey = CliRun.of("--lang", "fr", "survey", ws.toString(), "--out", guide.toString());
        assertThat(survey.exitCode()).as(survey.err()).isZero();
        assertThat(survey.out()).contains("questionnaires écrits dans", "flux estimés à confirmer");
        Path questionnaire = questionnaireWithBoth(guide);
        String actor = questionnaire.getFileName().toString().replace(".csv", "");
        byte[] bytes = Files.readAllBytes(questionnaire);
        assertThat(bytes[0] & 0xFF).as("byte-order mark for a French spreadsheet").isEqualTo(0xEF);
        List<String> lines = new ArrayList<>(List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                .split("\r\n")));
        assertThat(lines.get(0)).startsWith("identifiant;acteur;sens;ressource;libellé;quantité;unité;période;");
        assertThat(lines.get(1)).as("estimated flows come first").contains(";estimé;").startsWith("E-" + actor);
        String document = Files.readString(guide.resolve(actor + ".md"));
        assertThat(document).startsWith("# Référentiel d'entretien : ").contains("## Flux estimés d'après l'activité",
                "- [ ] Qui est la personne à contacter pour ce flux");

        // The interview confirms the first estimated flow and reveals a new one.
        String confirmedId = lines.get(1).substring(0, lines.get(1).indexOf(';'));
        lines.set(1, lines.get(1).replace(";estimé;", ";déclaré;"));
        lines.add("N-" + actor + "-1;" + actor + ";offre;sawdust;Sciure de la menuiserie;12,5;t;an;;;déclaré;;;"
                + "appris en entretien");
        Path filled = dir.resolve("filled");
        Files.createDirectories(filled);
        Files.writeString(filled.resolve(actor + ".csv"), String.join("\r\n", lines) + "\r\n");
        CliRun imported = CliRun.of("--lang", "fr", "survey", "import", ws.toString(), filled.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 flux ajoutés", "flows.csv.bak");
        assertThat(imported.err()).doesNotContain("erreur");
        assertThat(Files.readAllBytes(ws.resolve("flows.csv.bak"))).isEqualTo(original);
        String merged = Files.readString(ws.resolve("flows.csv"));
        assertThat(merged).contains(confirmedId + ";", "N-" + actor + "-1;" + actor + ";offre;sawdust;"
                + "Sciure de la menuiserie;12,5;");

        CliRun validated = CliRun.of("-q", "validate", ws.toString());
        assertThat(validated.exitCode()).as(validated.out()).isZero();
        Path out = dir.resolve("v2");
        CliRun analysed = CliRun.of("-q", "analyze", ws.toString(), "--out", out.toString(), "--format", "json");
        assertThat(analysed.exitCode()).as(analysed.err()).isZero();
        JsonNode flows = JSON.readTree(out.resolve("diagnostic.json").toFile()).get("flows");
        boolean found = false;
        for (JsonNode flow : flows) {
            if (flow.path("id").asText().equals("N-" + actor + "-1")) {
                found = true;
                assertThat(flow.toString()).contains("12.5");
            }
        }
        assertThat(found).as("the new flow is analysed").isTrue();

        // The next guide lists the confirmed flow as declared: it is no longer estimated.
        Path next = dir.resolve("guide2");
        assertThat(CliRun.of("-q", "survey", ws.toString(), "--out", next.toString()).exitCode()).isZero();
        String again = Files.readString(next.resolve(actor + ".csv"));
        assertThat(again).contains(confirmedId + ";" + actor).doesNotContain(confirmedId + ";" + actor
                + ";offre;x").containsPattern("(?m)^" + confirmedId + ";.*;déclaré;");

        // A second import of the same answers changes nothing and keeps the first backup.
        CliRun twice = CliRun.of("--lang", "fr", "survey", "import", ws.toString(), filled.toString());
        assertThat(twice.exitCode()).as(twice.err()).isZero();
        assertThat(twice.out()).contains("0 flux ajoutés", "Rien à changer");
        assertThat(ws.resolve("flows.csv.bak-2")).doesNotExist();
    }

    @Test
    void aQuestionnaireWithAnErrorWritesNothing() throws IOException {
        Path ws = copy("tutorial");
        byte[] original = Files.readAllBytes(ws.resolve("flows.csv"));
        Path filled = dir.resolve("filled");
        Files.createDirectories(filled);
        Files.writeString(filled.resolve("A02.csv"), "identifiant;acteur;sens;ressource;quantité;unité;source\n"
                + "N1;A02;offre;sawdust;5;t;déclaré\n"
                + "N2;A02;offre;sawdust;5;MWh;déclaré\n");
        CliRun run = CliRun.of("--lang", "en", "survey", "import", ws.toString(), filled.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).containsPattern("A02\\.csv:3:6: error: unité = 'MWh'").contains("Nothing was written");
        assertThat(Files.readAllBytes(ws.resolve("flows.csv"))).isEqualTo(original);
        assertThat(ws.resolve("flows.csv.bak")).doesNotExist();

        Files.writeString(filled.resolve("A02.csv"), "id,actor,direction,resource,quantity,unit,source\n"
                + "F03,A02,offer,sawdust,900,t,measured\n");
        Files.writeString(filled.resolve("A03.csv"), "id,actor,direction,resource,quantity,unit,source\n"
                + "F03,A02,offer,sawdust,950,t,measured\n");
        CliRun twice = CliRun.of("--lang", "en", "survey", "import", ws.toString(), filled.toString());
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(twice.err()).containsPattern("A03\\.csv:2:1: error: .*also in .*A02\\.csv");
        assertThat(Files.readAllBytes(ws.resolve("flows.csv"))).isEqualTo(original);
    }

    @Test
    void anImportToOutLeavesTheWorkspaceAndNeverOverwritesSilently() throws IOException {
        Path ws = copy("tutorial");
        byte[] original = Files.readAllBytes(ws.resolve("flows.csv"));
        Path filled = dir.resolve("filled");
        Files.createDirectories(filled);
        Files.writeString(filled.resolve("A02.csv"), "id,actor,direction,resource,quantity,unit,period,source\n"
                + "F03,A02,offer,sawdust,900,t,year,measured\n");
        Path merged = dir.resolve("merged.csv");
        CliRun run = CliRun.of("--lang", "en", "survey", "import", ws.toString(), filled.toString(), "--out",
                merged.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 changed");
        assertThat(Files.readAllBytes(ws.resolve("flows.csv"))).isEqualTo(original);
        assertThat(Files.readString(merged)).containsPattern("(?m)^F03;A02;offer;sawdust;Sciure de résineux;900;t;year;;15;measured;Pesée");
        CliRun again = CliRun.of("--lang", "en", "survey", "import", ws.toString(), filled.toString(), "--out",
                merged.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("--lang", "en", "survey", "import", ws.toString(), filled.toString(), "--out",
                merged.toString(), "--force").exitCode()).isZero();
        assertThat(CliRun.of("survey", "import", ws.toString(), dir.resolve("none").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("survey", ws.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void prioritizeRanksTheActorsDeterministicallyWithTheirReasons() throws IOException {
        Path out = dir.resolve("p");
        CliRun run = CliRun.of("--lang", "en", "prioritize", "--sample", "petr-trois-vallees", "--estimate", "--out",
                out.toString(), "--top", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("actors ranked by potential; the first 5:", "Rank", "Mostly for");
        byte[] first = Files.readAllBytes(out.resolve("priorities.csv"));
        List<String> rows = Files.readAllLines(out.resolve("priorities.csv"));
        assertThat(rows.get(0)).startsWith("rank,id,name,score,synergies").endsWith("raison,reason");
        assertThat(rows).hasSize(109);
        double previous = Double.MAX_VALUE;
        for (String row : rows.subList(1, rows.size())) {
            double score = Double.parseDouble(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[3]);
            assertThat(score).isLessThanOrEqualTo(previous).isBetween(0.0, 100.0);
            previous = score;
        }
        assertThat(rows.get(1)).contains("potential synergies", "synergies potentielles");
        CliRun again = CliRun.of("--lang", "en", "prioritize", "--sample", "petr-trois-vallees", "--estimate",
                "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("priorities.csv"))).isEqualTo(first);
        assertThat(CliRun.of("prioritize", "--sample", "tutorial", "--top", "0").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        CliRun french = CliRun.of("--lang", "fr", "prioritize", "--sample", "tutorial");
        assertThat(french.exitCode()).isZero();
        assertThat(french.out()).contains("acteurs classés par potentiel", "Surtout pour");
    }

    @Test
    void versionsAreSavedWithTheirLabelAndDiffSaysWhatChanged() throws IOException {
        Path ws = copy("tutorial");
        Path v1 = dir.resolve("o1");
        CliRun first = CliRun.of("-q", "analyze", ws.toString(), "--out", v1.toString(), "--version-label", "V1",
                "--version-date", "2026-03-01");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path saved = ws.resolve("versions/V1/diagnostic.json");
        assertThat(Files.readAllBytes(saved)).isEqualTo(Files.readAllBytes(v1.resolve("diagnostic.json")));
        JsonNode info = JSON.readTree(ws.resolve("versions/V1/version.json").toFile());
        assertThat(info.get("label").asText()).isEqualTo("V1");
        assertThat(info.get("date").asText()).isEqualTo("2026-03-01");
        assertThat(CliRun.of("-q", "analyze", ws.toString(), "--out", v1.toString(), "--version-label", "V1")
                .exitCode()).as("a saved version is not replaced without --force").isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("-q", "analyze", "--sample", "tutorial", "--out", v1.toString(), "--version-label",
                "V1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("-q", "analyze", ws.toString(), "--out", v1.toString(), "--version-label", "../x")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("-q", "analyze", ws.toString(), "--out", v1.toString(), "--version-label", "V9",
                "--version-date", "1 March").exitCode()).isEqualTo(ExitCodes.USAGE);

        // The bark of A02 is sold elsewhere: its synergy goes; the sawdust grows.
        String flows = Files.readString(ws.resolve("flows.csv"));
        Files.writeString(ws.resolve("flows.csv"), flows.replaceAll("(?m)^F04;.*\\R", "")
                .replace("F03;A02;offre;sawdust;Sciure de résineux;800;", "F03;A02;offre;sawdust;Sciure de résineux;1200;"));
        CliRun second = CliRun.of("-q", "analyze", ws.toString(), "--out", dir.resolve("o2").toString(),
                "--version-label", "V2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(JSON.readTree(ws.resolve("versions/V2/version.json").toFile()).get("date").isNull()).isTrue();

        Path report = dir.resolve("committee.md");
        CliRun diff = CliRun.of("--lang", "en", "diff", "V1", "V2", "--workspace", ws.toString(), "--out",
                report.toString());
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).startsWith("What changed from V1 (2026-03-01) to V2").contains("Dropped synergies",
                "S-4bb243d3ea substitution: Bark", "Changed synergies", "Gains (totals a year, central value)",
                "Net gain:");
        String markdown = Files.readString(report);
        assertThat(markdown).startsWith("# What changed from V1 (2026-03-01) to V2").contains("## Dropped synergies",
                "- S-4bb243d3ea");
        // The same as a page a committee opens: self-contained, escaped, in the chosen language.
        Path page = dir.resolve("committee.html");
        assertThat(CliRun.of("--lang", "fr", "diff", "V1", "V2", "--workspace", ws.toString(), "--out",
                page.toString()).exitCode()).isZero();
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">", "<h2>Synergies abandonnées</h2>",
                "<li>S-4bb243d3ea substitution : Écorces").doesNotContain("http://", "https://", "<script");
        CliRun french = CliRun.of("--lang", "fr", "diff", v1.toString(), dir.resolve("o2/diagnostic.json").toString());
        assertThat(french.exitCode()).isZero();
        assertThat(french.out()).contains("Synergies abandonnées", "S-4bb243d3ea substitution : Écorces");
        CliRun same = CliRun.of("--lang", "en", "diff", "V1", "V1", "--workspace", ws.toString());
        assertThat(same.out()).contains("0 new, 0 dropped, 0 changed");

        assertThat(CliRun.of("diff", "V1", "V7", "--workspace", ws.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"synergies\": [\n  {\"id\": }\n]}");
        CliRun unreadable = CliRun.of("--lang", "en", "diff", broken.toString(), "V1", "--workspace",
                ws.toString());
        assertThat(unreadable.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unreadable.err()).contains(broken + ":2:");
    }

    /**
     * {@code analyze --version-label} compares the new version with the one before it in the study's order (by date
     * when every version has one, else in the order of saving), {@code --compare} names another, {@code --no-compare}
     * none; the reports gain the section "What changed since".
     */
    @Test
    void analyzeComparesANewVersionWithTheOneBeforeIt() throws IOException {
        Path ws = copy("tutorial");
        assertThat(CliRun.of("-q", "analyze", ws.toString(), "--out", dir.resolve("o1").toString(),
                "--version-label", "V1", "--version-date", "2026-03-01").exitCode()).isZero();
        assertThat(dir.resolve("o1/report.html")).content().doesNotContain("id=\"changes\"");
        // A version saved after V1 but dated before it: by date, V2 follows V1, not V0.
        assertThat(CliRun.of("-q", "analyze", ws.toString(), "--out", dir.resolve("o0").toString(),
                "--version-label", "V0", "--version-date", "2026-01-15", "--no-compare").exitCode()).isZero();
        String flows = Files.readString(ws.resolve("flows.csv"));
        Files.writeString(ws.resolve("flows.csv"), flows.replaceAll("(?m)^F04;.*\\R", ""));
        CliRun v2 = CliRun.of("--lang", "en", "analyze", ws.toString(), "--out", dir.resolve("o2").toString(),
                "--version-label", "V2", "--version-date", "2026-06-26", "--format", "html,md");
        assertThat(v2.exitCode()).as(v2.err()).isZero();
        assertThat(v2.err()).contains("Compared with V1 (2026-03-01): 0 new synergies, 0 changed, 1 dropped");
        assertThat(dir.resolve("o2/report.html")).content().contains("<h2>What changed since V1 (2026-03-01)</h2>",
                "Synergies: 9 in V1 (2026-03-01), 8 in V2: 0 new, 1 dropped, 0 changed, 8 unchanged.",
                "S-4bb243d3ea substitution: Bark");
        assertThat(dir.resolve("o2/report.md")).content().contains("## What changed since V1 (2026-03-01)");
        // A version without a date: the order of saving decides, V3 follows V2.
        CliRun v3 = CliRun.of("--lang", "fr", "analyze", ws.toString(), "--out", dir.resolve("o3").toString(),
                "--version-label", "V3", "--format", "html");
        assertThat(v3.exitCode()).as(v3.err()).isZero();
        assertThat(dir.resolve("o3/report.html")).content().contains("<h2>Ce qui a changé depuis V2 (2026-06-26)</h2>",
                "0 nouvelle, 0 abandonnée, 0 modifiée, 8 inchangées.");
        CliRun chosen = CliRun.of("--lang", "fr", "analyze", ws.toString(), "--out", dir.resolve("o4").toString(),
                "--compare", "V0", "--format", "html");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(dir.resolve("o4/report.html")).content().contains("<h2>Ce qui a changé depuis V0 (2026-01-15)</h2>",
                "9 dans V0 (2026-01-15), 8 dans ce diagnostic");

        // A label that names no saved version: a usage error listing the saved ones, in the user's language.
        CliRun unknown = CliRun.of("--lang", "en", "analyze", ws.toString(), "--out", dir.resolve("o5").toString(),
                "--compare", "V7");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("No version V7 is saved in " + ws + ": the saved versions are V1, V0, V2, V3.");
        assertThat(dir.resolve("o5")).doesNotExist();
        CliRun inconnue = CliRun.of("--lang", "fr", "analyze", ws.toString(), "--out", dir.resolve("o5").toString(),
                "--compare", "V7");
        assertThat(inconnue.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(inconnue.err()).contains("Aucune version V7 n'est enregistrée dans " + ws
                + " : les versions enregistrées sont V1, V0, V2, V3.");
        Path fresh = dir.resolve("fresh");
        assertThat(CliRun.of("-q", "samples", "copy", "tutorial", fresh.toString()).exitCode()).isZero();
        CliRun none = CliRun.of("--lang", "en", "analyze", fresh.toString(), "--compare", "V1");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("none is saved yet");
        assertThat(CliRun.of("analyze", ws.toString(), "--compare", "V1", "--no-compare").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("analyze", "--sample", "tutorial", "--compare", "V1").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        // Pseudonyms and names are not compared: the report would name the actors of V1.
        CliRun anonymous = CliRun.of("--lang", "en", "analyze", ws.toString(), "--out", dir.resolve("o6").toString(),
                "--compare", "V1", "--anonymize");
        assertThat(anonymous.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(anonymous.err()).contains("Version V1 was saved without --anonymize");
        CliRun quiet = CliRun.of("--lang", "en", "analyze", ws.toString(), "--out", dir.resolve("o7").toString(),
                "--version-label", "V4", "--anonymize");
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.err()).contains("Not compared: Version V3 was saved without --anonymize");
        assertThat(dir.resolve("o7/report.html")).content().doesNotContain("id=\"changes\"");
    }
}
