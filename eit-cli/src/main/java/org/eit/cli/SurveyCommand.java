package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eit.core.problem.Problems;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.output.OutputFolder;
import org.eit.io.report.ValidationReport;
import org.eit.io.survey.Survey;
import org.eit.io.survey.SurveyImport;
import org.eit.io.survey.SurveyQuestions;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eit survey WORKSPACE --out DIR}: the interview guide, one pre-filled questionnaire per actor
 * ({@link Survey}); {@code eit survey import WORKSPACE FILLED_DIR}: the filled questionnaires back into flows.csv
 * ({@link SurveyImport}).
 */
@Command(name = "survey", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {SurveyCommand.Import.class})
final class SurveyCommand implements Callable<Integer> {
    private final WorkspaceReader reader;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceArgument target = new WorkspaceArgument();

    /** Required, checked by hand: picocli would also ask it of {@code survey import}. */
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "option.survey-out")
    Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @Inject
    SurveyCommand(WorkspaceReader reader, Console console) {
        this.reader = reader;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), console.text("error.survey-no-out"));
        }
        WorkspaceArgument.Target resolved = target.resolve(spec.commandLine(), console);
        if (AnalyzeCommand.insideWorkspace(resolved.path(), out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.out-in-workspace", out, resolved.path()));
        }
        Workspace workspace = reader.estimating().read(resolved.path());
        Locale locale = resolved.reportLocale(console, reader, workspace);
        if (!workspace.isValid()) {
            console.report(ValidationReport.render(workspace.named(resolved.name(locale)), locale),
                    workspace.problems(), locale);
            return ExitCodes.INVALID_INPUT;
        }
        Problems problems = new Problems();
        SurveyQuestions questions = SurveyQuestions.of(workspace, problems);
        console.problems(problems.sorted(), locale);
        if (problems.hasErrors()) {
            return ExitCodes.INVALID_INPUT;
        }
        WorkspaceEstimation estimation = WorkspaceEstimation.of(workspace);
        Map<String, byte[]> files = Survey.render(workspace.territory(), estimation, workspace.taxonomy(), questions,
                locale);
        OutputFolder output = new OutputFolder(out, force);
        try {
            output.checkWritable(files.keySet().toArray(String[]::new));
            files.forEach(output::write);
        } catch (OutputFolder.RefusedOverwrite e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.refuse-overwrite", e.file()));
        } catch (OutputFolder.NotAFolder e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.out-not-folder", out, e.file()));
        }
        long declared = workspace.territory().flows().size();
        console.result(console.text("survey.written", workspace.territory().actors().size(), out, estimation.estimation().estimated()
                .size(), declared) + System.lineSeparator());
        console.result(console.text("survey.print", out.resolve(Survey.INDEX)) + System.lineSeparator());
        console.result(console.text("survey.next", resolved.path(), out) + System.lineSeparator());
        return ExitCodes.OK;
    }

    /** Merges filled questionnaires into the workspace's flows.csv, or into {@code --out}. */
    @Command(name = "import", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
            sortOptions = false)
    static final class Import implements Callable<Integer> {
        private final WorkspaceReader reader;
        private final Console console;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "WORKSPACE", descriptionKey = "param.survey-workspace")
        Path workspacePath;

        @Parameters(index = "1", paramLabel = "FILLED_DIR", descriptionKey = "param.survey-filled")
        Path filled;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "option.survey-import-out")
        Path out;

        @Option(names = "--force", descriptionKey = "option.survey-import-force")
        boolean force;

        @Inject
        Import(WorkspaceReader reader, Console console) {
            this.reader = reader;
            this.console = console;
        }

        @Override
        public Integer call() throws IOException {
            Path flowsFile = workspacePath.resolve(WorkspaceReader.FLOWS_FILE);
            if (!Files.isDirectory(workspacePath) || !Files.isRegularFile(flowsFile)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.survey-not-workspace", workspacePath));
            }
            if (!Files.isDirectory(filled)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.survey-no-filled", filled));
            }
            if (out != null && Files.exists(out) && (!force || Files.isDirectory(out))) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.refuse-overwrite", out));
            }
            Workspace workspace = reader.estimating().read(workspacePath);
            Locale locale = console.reportLocale(workspace.validTerritory()
                    .map(org.eit.core.model.Territory::language)
                    .or(() -> reader.declaredLanguage(workspacePath)).orElse(null));
            if (!workspace.isValid()) {
                console.report(ValidationReport.render(workspace.named(workspacePath.toString()), locale),
                        workspace.problems(), locale);
                return ExitCodes.INVALID_INPUT;
            }
            Map<String, byte[]> questionnaires = new LinkedHashMap<>();
            List<Path> files;
            try (Stream<Path> listed = Files.list(filled)) {
                files = listed.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                questionnaires.put(file.toString(), Files.readAllBytes(file));
            }
            if (questionnaires.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.survey-no-questionnaire", filled));
            }
            SurveyImport.Result result = SurveyImport.merge(reader, workspace, Files.readAllBytes(flowsFile),
                    questionnaires);
            console.problems(result.problems(), locale);
            if (result.hasErrors()) {
                console.error("survey.nothing-written", flowsFile);
                return ExitCodes.INVALID_INPUT;
            }
            console.result(console.text("survey.imported", result.files(), result.added(), result.replaced(),
                    result.unchanged(), result.left()) + System.lineSeparator());
            if (out != null) {
                SurveyImport.writeAtomically(out, result.merged());
                console.result(console.text("survey.merged-to", out, flowsFile) + System.lineSeparator());
            } else if (result.added() + result.replaced() == 0) {
                console.result(console.text("survey.no-change", flowsFile) + System.lineSeparator());
            } else {
                Path backup = SurveyImport.replaceKeepingBackup(flowsFile, result.merged());
                console.result(console.text("survey.merged", flowsFile, backup) + System.lineSeparator());
            }
            return ExitCodes.OK;
        }
    }
}
