package org.eit.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.core.model.Territory;
import org.eit.core.problem.InvalidInputException;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.output.OutputFolder;
import org.eit.io.prioritize.Priorities;
import org.eit.io.report.ValidationReport;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eit prioritize WORKSPACE [--estimate] [--out DIR]}: the companies to interview, ranked by their potential
 * ({@link Priorities}), as a console table and {@code DIR/priorities.csv}.
 */
@Command(name = "prioritize", aliases = "prioritise", resourceBundle = "org.eit.cli.Cli",
        mixinStandardHelpOptions = true, sortOptions = false)
final class PrioritizeCommand implements Callable<Integer> {
    static final String FILE = "priorities.csv";

    private final WorkspaceReader reader;
    private final EitEngine engine;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceArgument target = new WorkspaceArgument();

    @Option(names = "--estimate", descriptionKey = "option.estimate")
    boolean estimate;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "option.prioritize-out")
    Path out;

    @Option(names = "--top", paramLabel = "N", descriptionKey = "option.top", defaultValue = "20")
    int top;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @Inject
    PrioritizeCommand(WorkspaceReader reader, EitEngine engine, Console console) {
        this.reader = reader;
        this.engine = engine;
        this.console = console;
    }

    @Override
    public Integer call() {
        WorkspaceArgument.Target resolved = target.resolve(spec.commandLine(), console);
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), console.text("error.bad-top", top));
        }
        OutputFolder output = out == null ? null : new OutputFolder(out, force);
        if (output != null) {
            if (AnalyzeCommand.insideWorkspace(resolved.path(), out)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.out-in-workspace", out, resolved.path()));
            }
            try {
                output.checkWritable(FILE);
            } catch (OutputFolder.RefusedOverwrite e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.refuse-overwrite", e.file()));
            } catch (OutputFolder.NotAFolder e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.out-not-folder", out, e.file()));
            }
        }
        Workspace workspace = (estimate ? reader.estimating() : reader).read(resolved.path());
        Locale locale = resolved.reportLocale(console, reader, workspace);
        if (!workspace.isValid()) {
            console.report(ValidationReport.render(workspace.named(resolved.name(locale)), locale),
                    workspace.problems(), locale);
            return ExitCodes.INVALID_INPUT;
        }
        WorkspaceEstimation estimation = estimate || WorkspaceEstimation.requested(workspace)
                ? WorkspaceEstimation.of(workspace) : null;
        Diagnostic diagnostic;
        try {
            diagnostic = engine.analyze(estimation == null ? workspace.request() : estimation.request(workspace));
        } catch (RuleException e) {
            console.problems(e.problems(), locale);
            return ExitCodes.RULE_ERROR;
        } catch (InvalidInputException e) {
            console.problems(e.problems(), locale);
            return ExitCodes.INVALID_INPUT;
        }
        Territory analysed = estimation == null ? workspace.territory() : estimation.territory();
        List<Priorities.Priority> ranked = Priorities.rank(analysed, diagnostic, estimation,
                workspace.territory().currency());
        boolean french = "fr".equals(locale.getLanguage());
        console.result(table(ranked, french));
        if (output != null) {
            Path written = output.write(FILE, Priorities.csv(ranked, french));
            console.say("info.written", written);
        }
        return ExitCodes.OK;
    }

    private String table(List<Priorities.Priority> ranked, boolean french) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(Texts.get(french ? Locale.FRENCH : Locale.ENGLISH, "prioritize.heading", ranked.size(),
                Math.min(top, ranked.size()))).append(nl).append(nl);
        out.append(String.format(Locale.ROOT, "%4s  %5s  %-14s  %-32s  %9s  %10s",
                french ? "Rang" : "Rank", "Score", french ? "Identifiant" : "Id", french ? "Acteur" : "Actor",
                "Synergies", french ? "Partenaires" : "Partners")).append(nl);
        for (Priorities.Priority p : ranked.subList(0, Math.min(top, ranked.size()))) {
            out.append(String.format(Locale.ROOT, "%4d  %5s  %-14s  %-32s  %9d  %10d", p.rank(),
                    french ? String.valueOf(p.score()).replace('.', ',') : String.valueOf(p.score()),
                    cut(p.actor().id(), 14), cut(p.actor().name(), 32), p.synergies(), p.partners())).append(nl);
            out.append("      ").append(french ? p.reason().fr() : p.reason().en()).append(nl);
        }
        return out.toString();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
