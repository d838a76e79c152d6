package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a study lead meets first: help, mistakes, languages, verbosity, progress, exit codes. */
class CliUsabilityTest {
    /** Every command, as typed after {@code eit}. */
    static final List<String[]> COMMANDS = List.of(new String[] {}, new String[] {"init"},
            new String[] {"validate"}, new String[] {"analyze"}, new String[] {"import"},
            new String[] {"import", "sirene"}, new String[] {"survey"}, new String[] {"survey", "import"},
            new String[] {"prioritize"}, new String[] {"diff"}, new String[] {"rules"}, new String[] {"rules", "check"},
            new String[] {"rules", "test"}, new String[] {"samples"}, new String[] {"samples", "list"},
            new String[] {"samples", "copy"}, new String[] {"samples", "generate"}, new String[] {"help"});

    @TempDir
    Path dir;

    private static String[] with(String[] command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void everyCommandsHelpHasExamplesAndEveryExitCodeInBothLanguages() {
        for (String[] command : COMMANDS) {
            String name = String.join(" ", command);
            CliRun en = CliRun.of(with(command, "--help", "--lang", "en"));
            assertThat(en.exitCode()).as(name).isZero();
            assertThat(en.out()).as(name).contains("Exit codes:", "Examples:", "  eit " + (command.length == 0
                    ? "" : command[0]));
            CliRun fr = CliRun.of(with(command, "--help", "--lang", "fr"));
            assertThat(fr.out()).as(name).contains("Codes de sortie :", "Exemples :");
            for (int code : ExitCodes.MEANINGS.keySet()) {
                assertThat(en.out()).as(name).containsPattern("(?m)^  " + code + "   \\S");
                assertThat(fr.out()).as(name).containsPattern("(?m)^  " + code + "   \\S");
            }
        }
    }

    @Test
    void theReadmeListsTheExitCodesOfExitCodes() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### Exit codes"));
        section = section.substring(0, section.indexOf("\n\n", section.indexOf("| code |")));
        Set<Integer> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(section);
        while (row.find()) {
            listed.add(Integer.parseInt(row.group(1)));
        }
        assertThat(listed).containsExactlyElementsOf(ExitCodes.MEANINGS.keySet());
    }

    @Test
    void aMistypedCommandGetsASuggestionInTheUsersLanguage() {
        CliRun en = CliRun.of("--lang", "en", "analyz");
        assertThat(en.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.err()).contains("Unknown command 'analyz'", "Did you mean analyze?");
        CliRun fr = CliRun.of("--lang", "fr", "valdiate");
        assertThat(fr.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fr.err()).contains("Commande inconnue « valdiate »", "Vouliez-vous dire validate ?");
        CliRun sub = CliRun.of("--lang", "en", "samples", "cpy");
        assertThat(sub.err()).contains("Did you mean copy?");
        CliRun far = CliRun.of("--lang", "en", "xyzzy");
        assertThat(far.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(far.err()).contains("Unknown command 'xyzzy'").doesNotContain("Did you mean");
        CliRun option = CliRun.of("--lang", "en", "validate", "--stric");
        assertThat(option.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(option.err()).contains("Unknown option '--stric'", "Did you mean --strict?");
        CliRun missing = CliRun.of("--lang", "fr", "samples", "copy");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Il manque : NAME.");
    }

    @Test
    void analyseIsASynonymOfAnalyze() {
        CliRun run = CliRun.of("--lang", "en", "analyse", "--sample", "tutorial", "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.exists(dir.resolve("out/diagnostic.json"))).isTrue();
    }

    @Test
    void aLanguageEitDoesNotSpeakIsRefused() {
        for (String[] args : List.of(new String[] {"--lang", "de", "validate"}, new String[] {"--lang=xx"},
                new String[] {"validate", "--lang", "klingon"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).containsAnyOf("fr, en");
        }
        assertThat(CliRun.of("--lang", "français", "samples", "list").exitCode()).isZero();
    }

    private Path frenchWorkspace(boolean valid) throws IOException {
        Path ws = dir.resolve(valid ? "valid" : "invalid");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("territory.yaml"), "name: Val\nlanguage: fr\n");
        Files.writeString(ws.resolve("actors.csv"), "id,name,kind,latitude,longitude\nA1,Scierie,entreprise,"
                + (valid ? "46.5" : "95") + ",3.2\n");
        Files.writeString(ws.resolve("flows.csv"), "id,actor,direction,resource,quantity,unit,source\n"
                + "F1,A1,offre,sciure,10,t/an,mesuré\n");
        return ws;
    }

    @Test
    void theLanguageOfReportsNeverDependsOnWhetherTheDataIsValid() throws IOException {
        // No --lang: the report follows the territory's language, valid or not.
        CliRun invalid = CliRun.of("validate", frenchWorkspace(false).toString());
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.out()).contains("Résultat : invalide", "erreur");
        CliRun valid = CliRun.of("validate", frenchWorkspace(true).toString());
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).contains("Résultat : valide");
        CliRun analyzed = CliRun.of("analyze", frenchWorkspace(false).toString(), "--out",
                dir.resolve("out").toString());
        assertThat(analyzed.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(analyzed.out()).contains("Résultat : invalide");
        // The user's choice wins either way.
        assertThat(CliRun.of("--lang", "en", "validate", frenchWorkspace(false).toString()).out())
                .contains("Result: invalid");
    }

    @Test
    void verboseAndQuietAreExclusive() {
        CliRun both = CliRun.of("-q", "-v", "validate");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("--lang", "en", "validate", "--verbose", "--quiet").err())
                .contains("not both");
    }

    @Test
    void quietPrintsErrorsOnly() throws IOException {
        CliRun valid = CliRun.of("-q", "validate", "--sample", "tutorial");
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).isEmpty();
        assertThat(valid.err()).isEmpty();
        CliRun invalid = CliRun.of("validate", frenchWorkspace(false).toString(), "--quiet");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        // The errors alone, one a line: no report around them, no warning.
        assertThat(invalid.out().lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line)
                .matches("(actors|flows)\\.csv:2:\\d+: erreur: .*")).first().asString()
                .startsWith("actors.csv:2:4: erreur: latitude = '95'");
        CliRun analyzed = CliRun.of("analyze", "-q", "--sample", "tutorial", "--out", dir.resolve("q").toString());
        assertThat(analyzed.exitCode()).isZero();
        assertThat(analyzed.out()).isEmpty();
        assertThat(analyzed.err()).isEmpty();
        assertThat(Files.exists(dir.resolve("q/diagnostic.json"))).isTrue();
    }

    @Test
    void verboseRaisesTheLogLevelForTheRunOnly() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level before = root.getLevel();
        LogLevels verbose = LogLevels.apply(Verbosity.VERBOSE);
        assertThat(root.getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
        verbose.restore();
        LogLevels quiet = LogLevels.apply(Verbosity.QUIET);
        assertThat(root.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
        quiet.restore();
        assertThat(root.getLevel()).isEqualTo(before);
        assertThat(Verbosity.of(List.of("-vv"))).isEqualTo(Verbosity.DEBUG);
        assertThat(Verbosity.of(List.of("--", "-q"))).isEqualTo(Verbosity.NORMAL);
        assertThat(CliRun.of("-v", "validate", "--sample", "tutorial").exitCode()).isZero();
    }

    private static CliRun onTerminal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), true);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void aTerminalShowsTheProgressOnStandardErrorAndErasesIt() {
        CliRun run = onTerminal("--lang", "en", "analyze", "--sample", "tutorial", "--out",
                dir.resolve("p").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("\rReading the bundled sample 'tutorial'...",
                "\rAnalysing: stage 1 of 10, compatible resources...", "stage 5 of 10, network and Chertow's types", "stage 10 of 10, opportunity note");
        assertThat(run.out()).doesNotContain("Analysing:");
        // Erased before the next message: the last progress text is followed by spaces and a return.
        assertThat(run.err()).containsPattern("\r +\rWritten: ");
        // Not on a terminal, nor with -q.
        assertThat(CliRun.of("analyze", "--sample", "tutorial", "--out", dir.resolve("p").toString()).err())
                .doesNotContain("Analysing", "\r");
        assertThat(onTerminal("-q", "analyze", "--sample", "tutorial", "--out", dir.resolve("p").toString())
                .err()).isEmpty();
        // With -v, each step on its own line, since log lines come between.
        assertThat(onTerminal("--lang", "en", "-v", "analyze", "--sample", "tutorial", "--out",
                dir.resolve("p").toString()).err()).contains("Analysing: stage 2 of 10, detection of the synergies...\n")
                .doesNotContain("\r");
    }

    @Test
    void theSummaryTableSaysTheSynergiesArePotentialAndExplainsItsColumns() {
        CliRun en = CliRun.of("--lang", "en", "analyze", "--sample", "tutorial", "--out",
                dir.resolve("en").toString());
        assertThat(en.out()).contains("potential synergies", "If these potential synergies were realised, "
                + "Chertow's 3-2 heuristic would hold", "Chertow: 2 within one organisation",
                "Confidence: the lowest", "internal loops");
        CliRun fr = CliRun.of("--lang", "fr", "analyze", "--sample", "tutorial", "--out",
                dir.resolve("fr").toString());
        assertThat(fr.out()).contains("synergies potentielles", "Si ces synergies potentielles se réalisaient",
                "Chertow : 2 au sein", "boucles internes");
        // Printed to a pipe or a file (no terminal, no COLUMNS): nothing is cut.
        String table = en.out().substring(en.out().indexOf("\nID "), en.out().indexOf("\nPotential synergies:"));
        assertThat(table).doesNotContain("…").contains("Laiterie coopérative du Val → Ferme du Bois Joli");
    }

    @Test
    void theTerminalWidthComesFromColumns() {
        assertThat(Terminal.width("200")).isEqualTo(200);
        assertThat(Terminal.width(null)).isEqualTo(120);
        assertThat(Terminal.width("wide")).isEqualTo(120);
        assertThat(Terminal.width("3")).isEqualTo(120);
    }
}
