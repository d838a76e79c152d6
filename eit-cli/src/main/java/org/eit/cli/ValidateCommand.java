package org.eit.cli;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eit.io.report.ValidationReport;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eit validate [WORKSPACE]}: reads a workspace and prints every problem found in it. */
@Command(name = "validate", resourceBundle = "org.eit.cli.Cli",
        mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
    private final WorkspaceReader reader;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceArgument target = new WorkspaceArgument();

    @Inject
    ValidateCommand(WorkspaceReader reader, Console console) {
        this.reader = reader;
        this.console = console;
    }

    @Override
    public Integer call() {
        WorkspaceArgument.Target resolved = target.resolve(spec.commandLine(), console);
        Workspace workspace = reader.read(resolved.path());
        Locale locale = console.reportLocale(workspace.territory() == null ? null
                : workspace.territory().language());
        workspace = workspace.named(resolved.name(console, locale));
        console.out().print(ValidationReport.render(workspace, locale));
        console.out().flush();
        return workspace.isValid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
