package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.core.api.SourceFile;
import org.eit.core.model.Territory;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.io.scenario.ScenarioReport;
import org.eit.io.scenario.ScenarioResult;
import org.eit.io.scenario.ScenarioRunner;
import org.eit.io.workspace.ScenarioReader;
import org.eit.io.workspace.WorkspaceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eit rules check [DIR]} and {@code eit rules test [DIR]}: for rule authors, a rule folder compiled with the
 * shipped packs, and the scenarios that say what the rules must find. DIR is a folder of rule files (or one file),
 * or a workspace, whose {@code rules/} folder is meant; the current folder when none is given.
 */
@Command(name = "rules", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Inject
    RulesCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The folder or file a rules command works on: {@code given}, or the current folder; a workspace (a folder with
     * a {@code territory.yaml}) stands for its {@code rules/} folder. A usage error when there is nothing there.
     */
    static Path target(Path given, CommandLine commandLine, Console console) {
        Path path = given == null ? Path.of(".") : given;
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(commandLine, console.text("error.no-rules-target", path));
        }
        if (Files.isDirectory(path) && (Files.isRegularFile(path.resolve(WorkspaceReader.SETTINGS_FILE))
                || Files.isRegularFile(path.resolve("territory.yml")))) {
            Path rules = path.resolve(WorkspaceReader.RULES_FOLDER).normalize();
            if (!Files.isDirectory(rules)) {
                throw new CommandLine.ParameterException(commandLine, console.text("error.no-rules-folder-in",
                        path, rules));
            }
            return rules;
        }
        return path.normalize().toString().isEmpty() ? Path.of(".") : path.normalize();
    }

    /** Compiles a rule folder with the shipped packs and prints every problem on its file and line. */
    @Command(name = "check", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
            sortOptions = false)
    static final class Check implements Callable<Integer> {
        private final WorkspaceReader reader;
        private final EitEngine engine;
        private final Console console;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "param.rules-dir")
        Path folder;

        @Inject
        Check(WorkspaceReader reader, EitEngine engine, Console console) {
            this.reader = reader;
            this.engine = engine;
            this.console = console;
        }

        @Override
        public Integer call() {
            Path target = target(folder, spec.commandLine(), console);
            Problems reading = new Problems();
            List<SourceFile> files = Files.isDirectory(target) ? reader.readRuleFolder(target, reading)
                    : reader.readRuleFolder(target.toAbsolutePath().getParent(), reading).stream()
                            .filter(f -> f.baseName().equals(target.getFileName().toString()))
                            .map(f -> new SourceFile(target.toString(), f.content())).toList();
            if (files.isEmpty() && !reading.hasErrors()) {
                throw new CommandLine.ParameterException(spec.commandLine(), console.text("error.no-rule-files",
                        target));
            }
            Locale locale = console.locale();
            List<Problem> problems = new ArrayList<>(reading.sorted());
            int exitCode = reading.hasErrors() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
            if (!reading.hasErrors()) {
                AnalysisRequest request = new AnalysisRequest(Territory.builder("rules check").build(),
                        engine.taxonomy(), files, List.of());
                try {
                    problems.addAll(engine.check(request));
                } catch (RuleException e) {
                    problems.addAll(e.problems());
                    exitCode = ExitCodes.RULE_ERROR;
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                    exitCode = ExitCodes.INVALID_INPUT;
                }
            }
            for (Problem problem : problems) {
                console.out().println(problem.format(locale));
            }
            long errors = problems.stream().filter(Problem::isError).count();
            console.out().println(errors == 0 && problems.isEmpty()
                    ? console.text("rules.checked-ok", files.size())
                    : console.text("rules.checked", files.size(), errors, problems.size() - errors));
            console.out().flush();
            return exitCode;
        }
    }

    /** Runs the scenarios of a folder and reports which pass and, for the others, what differs. */
    @Command(name = "test", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
            sortOptions = false)
    static final class Test implements Callable<Integer> {
        private final WorkspaceReader reader;
        private final EitEngine engine;
        private final Console console;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "param.scenarios-dir")
        Path folder;

        @Inject
        Test(WorkspaceReader reader, EitEngine engine, Console console) {
            this.reader = reader;
            this.engine = engine;
            this.console = console;
        }

        @Override
        public Integer call() throws IOException {
            Path target = target(folder, spec.commandLine(), console);
            List<Path> scenarios = scenarios(target);
            if (scenarios.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), console.text("error.no-scenarios",
                        target, ScenarioReader.SUFFIX));
            }
            ScenarioReader scenarioReader = new ScenarioReader(engine.taxonomy(), reader.limits());
            ScenarioRunner runner = new ScenarioRunner(engine);
            List<ScenarioResult> results = new ArrayList<>();
            for (Path scenario : scenarios) {
                results.add(runner.run(scenarioReader.read(scenario)));
            }
            console.out().print(ScenarioReport.render(results, console.locale()));
            console.out().flush();
            return exitCode(results);
        }

        /** The scenario files at {@code target}: itself, or those of the folder and its subfolders, sorted. */
        static List<Path> scenarios(Path target) throws IOException {
            if (!Files.isDirectory(target)) {
                return target.getFileName().toString().endsWith(ScenarioReader.SUFFIX) ? List.of(target) : List.of();
            }
            try (Stream<Path> walk = Files.walk(target)) {
                return walk.filter(p -> p.getFileName().toString().endsWith(ScenarioReader.SUFFIX))
                        .filter(Files::isRegularFile).filter(p -> !skipped(target.relativize(p)))
                        .map(Path::normalize).sorted().toList();
            }
        }

        /** Hidden folders, and Maven's build output (which holds copies of the shipped scenarios), are not searched. */
        private static boolean skipped(Path relative) {
            for (int i = 0; i < relative.getNameCount() - 1; i++) {
                String folder = relative.getName(i).toString();
                if (folder.startsWith(".") && !folder.equals(".") && !folder.equals("..") || folder.equals("target")) {
                    return true;
                }
            }
            return false;
        }

        /** 3 when a scenario file is invalid, else 4 when rules do not compile, else 5 when one fails, else 0. */
        static int exitCode(List<ScenarioResult> results) {
            if (results.stream().anyMatch(r -> r.outcome() == ScenarioResult.Outcome.INVALID)) {
                return ExitCodes.INVALID_INPUT;
            }
            if (results.stream().anyMatch(r -> r.outcome() == ScenarioResult.Outcome.RULE_ERROR)) {
                return ExitCodes.RULE_ERROR;
            }
            if (results.stream().anyMatch(r -> r.outcome() == ScenarioResult.Outcome.FAILED)) {
                return ExitCodes.SCENARIO_FAILED;
            }
            return ExitCodes.OK;
        }
    }
}
