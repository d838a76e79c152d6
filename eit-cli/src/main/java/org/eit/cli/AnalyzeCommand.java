package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.core.model.Territory;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.output.OutputFolder;
import org.eit.io.report.DiagnosticJson;
import org.eit.io.report.SummaryTable;
import org.eit.io.report.ValidationReport;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code eit analyze [WORKSPACE] --out DIR}: reads and validates a territory, finds its synergies, prints a summary
 * table and writes {@code DIR/diagnostic.json}.
 */
@Command(name = "analyze", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true, sortOptions = false)
final class AnalyzeCommand implements Callable<Integer> {
    static final String DIAGNOSTIC = "diagnostic.json";

    private final WorkspaceReader reader;
    private final EitEngine engine;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceArgument target = new WorkspaceArgument();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "option.out", defaultValue = "eit-output")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "option.rules")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @Option(names = "--estimate", descriptionKey = "option.estimate")
    boolean estimate;

    @Inject
    AnalyzeCommand(WorkspaceReader reader, EitEngine engine, Console console) {
        this.reader = reader;
        this.engine = engine;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        WorkspaceArgument.Target resolved = target.resolve(spec.commandLine(), console);
        for (Path folder : ruleFolders) {
            if (!Files.isDirectory(folder)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.no-rules-folder", folder));
            }
        }
        OutputFolder output = new OutputFolder(out, force);
        if (insideWorkspace(resolved.path(), out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.out-in-workspace", out, resolved.path()));
        }
        try {
            output.checkWritable(DIAGNOSTIC);
        } catch (OutputFolder.RefusedOverwrite e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.refuse-overwrite", e.file()));
        } catch (OutputFolder.NotAFolder e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.out-not-folder", out, e.file()));
        }
        Workspace workspace = (estimate ? reader.estimating() : reader).read(resolved.path());
        Locale locale = console.reportLocale(workspace.validTerritory().map(Territory::language).orElse(null));
        if (!workspace.isValid()) {
            console.out().print(ValidationReport.render(workspace.named(resolved.name(locale)), locale));
            console.out().flush();
            return ExitCodes.INVALID_INPUT;
        }
        Problems reading = new Problems();
        for (Path folder : ruleFolders) {
            workspace = workspace.withRules(reader.readRuleFolder(folder, reading));
        }
        // Rule files of --rules are read like the workspace's own: a decoding warning is said, an error stops.
        report(reading.sorted(), locale);
        if (reading.hasErrors()) {
            return ExitCodes.INVALID_INPUT;
        }
        WorkspaceEstimation estimation = estimate || WorkspaceEstimation.requested(workspace)
                ? WorkspaceEstimation.of(workspace) : null;
        Diagnostic diagnostic;
        try {
            diagnostic = estimation == null ? engine.analyze(workspace.request())
                    : estimation.analyze(engine, workspace);
        } catch (RuleException e) {
            report(e.problems(), locale);
            return ExitCodes.RULE_ERROR;
        } catch (InvalidInputException e) {
            report(e.problems(), locale);
            return ExitCodes.INVALID_INPUT;
        }
        Territory analysed = estimation == null ? workspace.territory() : estimation.territory();
        Path written = output.write(DIAGNOSTIC, DiagnosticJson.write(analysed, diagnostic, estimation)
                .getBytes(StandardCharsets.UTF_8));
        console.out().print(SummaryTable.render(analysed, workspace.taxonomy(), diagnostic, estimation, locale));
        console.out().flush();
        console.say("info.written", written);
        return ExitCodes.OK;
    }

    /**
     * Whether {@code out} would write into the workspace's own files: the workspace folder itself, or its rules and
     * knowledge folders (a separate folder inside it, such as {@code eit-output}, is not read and is allowed).
     */
    static boolean insideWorkspace(Path workspace, Path out) {
        if (!Files.isDirectory(workspace)) {
            return false;
        }
        Path root = workspace.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        return target.equals(root) || target.startsWith(root.resolve(WorkspaceReader.RULES_FOLDER))
                || target.startsWith(root.resolve(WorkspaceReader.KNOWLEDGE_FOLDER));
    }

    private void report(List<Problem> problems, Locale locale) {
        for (Problem problem : problems) {
            console.err().println(problem.format(locale));
        }
        console.err().flush();
    }
}
