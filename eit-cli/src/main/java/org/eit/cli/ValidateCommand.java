package org.eit.cli;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.io.report.ValidationReport;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code eit validate [WORKSPACE]}: reads a workspace and prints every problem found in it, its parameters,
 * knowledge tables and rule files included, without running the analysis.
 */
@Command(name = "validate", resourceBundle = "org.eit.cli.Cli",
        mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
    private final WorkspaceReader reader;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceArgument target = new WorkspaceArgument();

    @Option(names = "--strict", descriptionKey = "option.strict")
    boolean strict;

    private final EitEngine engine;

    @Inject
    ValidateCommand(WorkspaceReader reader, EitEngine engine, Console console) {
        this.reader = reader;
        this.engine = engine;
        this.console = console;
    }

    @Override
    public Integer call() {
        WorkspaceArgument.Target resolved = target.resolve(spec.commandLine(), console);
        // The rule files are checked after reading: the shipped ones are made on the other core meanwhile.
        engine.warmUp();
        Workspace workspace = reader.read(resolved.path());
        if (strict) {
            workspace = workspace.strict();
        }
        Locale locale = resolved.reportLocale(console, reader, workspace);
        workspace = workspace.named(resolved.name(locale));
        int exitCode = ExitCodes.OK;
        if (workspace.isValid()) {
            // What the analysis would refuse too: parameters, knowledge tables, rule files.
            try {
                workspace = workspace.withProblems(engine.check(workspace.request()));
            } catch (RuleException e) {
                workspace = workspace.withProblems(e.problems());
                exitCode = ExitCodes.RULE_ERROR;
            }
        }
        console.report(ValidationReport.render(workspace, locale), workspace.problems(), locale);
        if (exitCode != ExitCodes.OK) {
            return exitCode;
        }
        return workspace.isValid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
