package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eit.io.version.DiagnosticDiff;
import org.eit.io.version.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eit diff A B}: what changed between two diagnostics, each a diagnostic.json, a folder holding one (an
 * {@code --out} folder, a version folder) or the label of a version saved in the workspace
 * ({@code analyze --version-label}).
 */
@Command(name = "diff", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true, sortOptions = false)
final class DiffCommand implements Callable<Integer> {
    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "param.diff-a")
    String first;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "param.diff-b")
    String second;

    @Option(names = {"-w", "--workspace"}, paramLabel = "WORKSPACE", descriptionKey = "option.diff-workspace",
            defaultValue = ".")
    Path workspace;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.md|FILE.html", descriptionKey = "option.diff-out")
    Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @Inject
    DiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Path a = locate(first);
        Path b = locate(second);
        if (out != null && Files.exists(out) && (!force || Files.isDirectory(out))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.refuse-overwrite", out));
        }
        DiagnosticDiff.Version before;
        DiagnosticDiff.Version after;
        try {
            before = DiagnosticDiff.read(Versions.labelOf(a, first), a.toString(), Files.readAllBytes(a));
            after = DiagnosticDiff.read(Versions.labelOf(b, second), b.toString(), Files.readAllBytes(b));
        } catch (DiagnosticDiff.Unreadable e) {
            console.error("error.diff-unreadable", e.file(), e.line(), e.column(), e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        String language = after.root().path("language").asText("");
        Locale locale = console.reportLocale(org.eit.core.model.Language.parse(language).orElse(null));
        DiagnosticDiff diff = DiagnosticDiff.compare(before, after, locale);
        console.result(diff.console());
        if (out != null) {
            // A page for the committee when the file is .html (or .htm), Markdown otherwise.
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            String text = name.endsWith(".html") || name.endsWith(".htm") ? diff.html(locale) : diff.markdown();
            org.eit.io.survey.SurveyImport.writeAtomically(out, text.getBytes(StandardCharsets.UTF_8));
            console.say("info.written", out);
        }
        return ExitCodes.OK;
    }

    /** The diagnostic.json an argument names; a usage error when there is none. */
    private Path locate(String argument) {
        return Versions.locate(argument, workspace).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), console.text("error.diff-not-found", argument, workspace)));
    }
}
