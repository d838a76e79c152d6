package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
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
import org.eit.io.report.CsvStyle;
import org.eit.io.report.DiagnosticJson;
import org.eit.io.report.ReportFormat;
import org.eit.io.report.ReportInputs;
import org.eit.io.report.Reports;
import org.eit.io.report.SummaryTable;
import org.eit.io.report.TemplateReports;
import org.eit.io.report.ValidationReport;
import org.eit.io.version.DiagnosticDiff;
import org.eit.io.version.Versions;
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
 * table and writes the reports of {@code --format} into {@code DIR} (by default the HTML report,
 * {@code diagnostic.json} and the CSV tables), under pseudonyms with {@code --anonymize}.
 */
@Command(name = "analyze", aliases = "analyse", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true, sortOptions = false)
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

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", descriptionKey = "option.format")
    List<String> formats = new ArrayList<>();

    @Option(names = "--anonymize", descriptionKey = "option.anonymize")
    boolean anonymize;

    @Option(names = "--csv-style", paramLabel = "fr|en", descriptionKey = "option.csv-style")
    String csvStyle;

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "option.rules")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @Option(names = "--estimate", descriptionKey = "option.estimate")
    boolean estimate;

    @Option(names = "--version-label", paramLabel = "LABEL", descriptionKey = "option.version-label")
    String versionLabel;

    @Option(names = "--version-date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.version-date")
    String versionDate;

    @Option(names = "--compare", paramLabel = "LABEL", descriptionKey = "option.compare")
    String compare;

    @Option(names = "--no-compare", descriptionKey = "option.no-compare")
    boolean noCompare;

    @Option(names = "--watch", descriptionKey = "option.watch")
    boolean watch;

    /** For tests: ends {@code --watch} after this many analyses (0: runs until interrupted). */
    @Option(names = "--watch-runs", hidden = true, paramLabel = "N")
    int watchRuns;

    /** The saved version the reports compare this analysis with ({@code --compare}, or the one before), or null. */
    private DiagnosticDiff.Version earlier;

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
        Set<ReportFormat> chosen = chosenFormats();
        if (csvStyle != null && CsvStyle.parse(csvStyle).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.unknown-csv-style", csvStyle));
        }
        OutputFolder output = new OutputFolder(out, force);
        if (insideWorkspace(resolved.path(), out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.out-in-workspace", out, resolved.path()));
        }
        try {
            output.checkWritable(Reports.files(chosen).toArray(String[]::new));
        } catch (OutputFolder.RefusedOverwrite e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.refuse-overwrite", e.file()));
        } catch (OutputFolder.NotAFolder e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.out-not-folder", out, e.file()));
        }
        if (versionLabel != null) {
            checkVersion(resolved);
        } else if (versionDate != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), console.text("error.version-date-alone"));
        }
        Integer unreadable = findEarlier(resolved);
        if (unreadable != null) {
            return unreadable;
        }
        if (watch) {
            return new Watch(this, resolved, output).run();
        }
        return analyzeOnce(resolved, output);
    }

    /** One analysis: reads the workspace and the --rules folders, analyses, writes and prints; the exit code. */
    int analyzeOnce(WorkspaceArgument.Target resolved, OutputFolder output) throws IOException {
        Progress progress = console.progress();
        try {
            return analyzeOnce(resolved, output, progress);
        } finally {
            progress.done();
        }
    }

    private int analyzeOnce(WorkspaceArgument.Target resolved, OutputFolder output, Progress progress)
            throws IOException {
        // The shipped rules are made on the other core while the workspace is read.
        engine.warmUp();
        progress.reading(resolved.name(console.locale()));
        Workspace workspace = (estimate ? reader.estimating() : reader).read(resolved.path());
        Locale locale = resolved.reportLocale(console, reader, workspace);
        if (!workspace.isValid()) {
            progress.done();
            console.report(ValidationReport.render(workspace.named(resolved.name(locale)), locale),
                    workspace.problems(), locale);
            return ExitCodes.INVALID_INPUT;
        }
        if (chosenFormats().contains(ReportFormat.HTML)) {
            // Its template is parsed beside the analysis: cold, that was the longest part of a small one's writing.
            TemplateReports.prepareHtml(locale);
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
            diagnostic = engine.analyze(estimation == null ? workspace.request() : estimation.request(workspace),
                    progress);
        } catch (RuleException e) {
            progress.done();
            report(e.problems(), locale);
            return ExitCodes.RULE_ERROR;
        } catch (InvalidInputException e) {
            progress.done();
            report(e.problems(), locale);
            return ExitCodes.INVALID_INPUT;
        }
        progress.writing();
        Territory analysed = estimation == null ? workspace.territory() : estimation.territory();
        ReportInputs inputs = ReportInputs.of(workspace, analysed, diagnostic, estimation, locale);
        if (anonymize) {
            inputs = inputs.anonymize();
        }
        if (earlier != null) {
            inputs = inputs.comparedWith(earlier, versionLabel);
        }
        List<Path> written;
        try {
            written = Reports.write(inputs, chosenFormats(),
                    csvStyle == null ? CsvStyle.of(locale) : CsvStyle.parse(csvStyle).orElseThrow(), output);
        } catch (OutputFolder.RefusedOverwrite e) {
            // Only when the file changed under a --watch since eit wrote it: said, and the next change tries again.
            console.error("error.refuse-overwrite", e.file());
            return ExitCodes.USAGE;
        }
        progress.done();
        console.result(SummaryTable.render(inputs.territory(), workspace.taxonomy(), inputs.diagnostic(),
                inputs.estimation(), locale, Terminal.width()));
        for (Path path : written) {
            console.say("info.written", path);
        }
        if (inputs.changes() != null) {
            var changes = inputs.changes().synergies();
            console.say("info.compared", inputs.changes().before(), changes.added().size(), changes.changed().size(),
                    changes.dropped().size(), changes.same());
        }
        if (versionLabel != null) {
            ReportInputs finalInputs = inputs;
            try {
                Path saved = Versions.save(resolved.path(), versionLabel,
                        Versions.parseDate(versionDate).orElse(null), inputs.territory().name(),
                        DiagnosticJson.content(finalInputs), force);
                console.say("info.version-saved", versionLabel, saved);
            } catch (OutputFolder.RefusedOverwrite e) {
                console.error("error.version-exists", versionLabel, e.file());
                return ExitCodes.USAGE;
            }
        }
        return ExitCodes.OK;
    }

    /**
     * {@code --version-label}: a label a folder can be named by, a date that is one, a workspace folder (not a
     * bundled sample or a document) and no version of that label yet unless {@code --force}.
     */
    private void checkVersion(WorkspaceArgument.Target resolved) {
        if (!Versions.validLabel(versionLabel)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.bad-version-label", versionLabel));
        }
        if (versionDate != null && Versions.parseDate(versionDate).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.bad-version-date", versionDate));
        }
        if (resolved.sample() != null || !Files.isDirectory(resolved.path())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.version-needs-folder", resolved.path()));
        }
        if (watch) {
            throw new CommandLine.ParameterException(spec.commandLine(), console.text("error.version-and-watch"));
        }
        Path existing = Versions.folder(resolved.path(), versionLabel).resolve(Versions.DIAGNOSTIC);
        if (!force && Files.exists(existing)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    console.text("error.version-exists", versionLabel, existing));
        }
    }

    /**
     * The saved version the reports compare this analysis with: {@code --compare LABEL}; else, when a version is
     * saved ({@code --version-label}), the one before it in the study's order ({@link Versions#previous}: by date
     * when every version has one, else by the order of saving), unless {@code --no-compare}. A label that names no
     * saved version is a usage error that lists the saved ones; so is a version saved with pseudonyms compared with
     * an analysis without (or the reverse), which the default comparison skips with a word. Reads the version into
     * {@link #earlier}; the exit code when it cannot be read, else null.
     */
    private Integer findEarlier(WorkspaceArgument.Target resolved) throws IOException {
        earlier = null;
        if (compare != null && noCompare) {
            throw new CommandLine.ParameterException(spec.commandLine(), console.text("error.compare-and-no-compare"));
        }
        Versions.Saved saved;
        if (compare != null) {
            if (resolved.sample() != null || !Files.isDirectory(resolved.path())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.compare-needs-folder", resolved.path()));
            }
            List<Versions.Saved> all = Versions.list(resolved.path());
            saved = all.stream().filter(v -> v.label().equals(compare)).findFirst().orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), all.isEmpty()
                            ? console.text("error.compare-no-versions", compare, resolved.path())
                            : console.text("error.compare-unknown", compare, resolved.path(), String.join(", ",
                            all.stream().map(Versions.Saved::label).toList()))));
        } else if (versionLabel != null && !noCompare) {
            saved = Versions.previous(resolved.path(), versionLabel, Versions.parseDate(versionDate).orElse(null))
                    .orElse(null);
        } else {
            saved = null;
        }
        if (saved == null) {
            return null;
        }
        DiagnosticDiff.Version version;
        try {
            version = DiagnosticDiff.read(Versions.labelOf(saved.diagnostic(), saved.label()),
                    saved.diagnostic().toString(), Files.readAllBytes(saved.diagnostic()));
        } catch (DiagnosticDiff.Unreadable e) {
            console.error("error.diff-unreadable", e.file(), e.line(), e.column(), e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        boolean pseudonyms = version.root().path("anonymized").asBoolean(false);
        if (pseudonyms != anonymize) {
            String key = pseudonyms ? "error.compare-anonymized" : "error.compare-not-anonymized";
            if (compare != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), console.text(key, saved.label()));
            }
            console.say("info.not-compared", console.text(key, saved.label()));
            return null;
        }
        earlier = version;
        return null;
    }

    /** The formats of {@code --format}, or the default ones; an unknown name is a usage error. */
    private Set<ReportFormat> chosenFormats() {
        if (formats.isEmpty()) {
            return ReportFormat.DEFAULT;
        }
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        for (String name : formats) {
            chosen.add(ReportFormat.parse(name).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), console.text("error.unknown-format", name))));
        }
        return chosen;
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

    /**
     * {@code --watch}: analyses, then again each time a file of the workspace (its settings, actors, flows, rule
     * files and knowledge tables) or of a {@code --rules} folder changes, until interrupted (Ctrl-C). Changes that
     * come together (an editor saving several files) make one new analysis.
     */
    static final class Watch {
        /** How long the files must stay still before the new analysis starts. */
        private static final long QUIET_MILLIS = 300;
        private static final List<String> WORKSPACE_FILES = List.of(WorkspaceReader.SETTINGS_FILE, "territory.yml",
                WorkspaceReader.ACTORS_FILE, WorkspaceReader.FLOWS_FILE);

        private final AnalyzeCommand command;
        private final WorkspaceArgument.Target target;
        private final OutputFolder output;
        private final java.util.Map<WatchKey, Folder> folders = new java.util.HashMap<>();

        /** A folder watched, what in it counts, and how its files are named in messages. */
        private record Folder(Path path, String prefix, java.util.function.Predicate<String> counts) {
        }

        Watch(AnalyzeCommand command, WorkspaceArgument.Target target, OutputFolder output) {
            this.command = command;
            this.target = target;
            this.output = output;
        }

        int run() throws IOException {
            Console console = command.console;
            Path path = target.path();
            List<Folder> wanted = new ArrayList<>();
            if (path.getFileSystem() == FileSystems.getDefault()) {
                if (Files.isDirectory(path)) {
                    wanted.add(new Folder(path, "", name -> WORKSPACE_FILES.contains(name)
                            || name.equals(WorkspaceReader.RULES_FOLDER)
                            || name.equals(WorkspaceReader.KNOWLEDGE_FOLDER)));
                    wanted.add(new Folder(path.resolve(WorkspaceReader.RULES_FOLDER),
                            WorkspaceReader.RULES_FOLDER + "/", name -> name.endsWith(".drl")));
                    wanted.add(new Folder(path.resolve(WorkspaceReader.KNOWLEDGE_FOLDER),
                            WorkspaceReader.KNOWLEDGE_FOLDER + "/", name -> name.endsWith(".csv")));
                } else {
                    String document = path.getFileName().toString();
                    Path parent = path.toAbsolutePath().getParent();
                    wanted.add(new Folder(parent, "", document::equals));
                }
            }
            for (Path folder : command.ruleFolders) {
                wanted.add(new Folder(folder, folder + "/", name -> name.endsWith(".drl")));
            }
            try (WatchService service = FileSystems.getDefault().newWatchService()) {
                for (Folder folder : wanted) {
                    register(service, folder);
                }
                if (folders.isEmpty()) {
                    throw new CommandLine.ParameterException(command.spec.commandLine(),
                            console.text("error.cannot-watch"));
                }
                int code = toTheEnd(() -> command.analyzeOnce(target, output));
                int runs = 1;
                console.say("info.watching", String.join(", ", folders.values().stream()
                        .map(f -> f.path().toString()).sorted().toList()));
                while (command.watchRuns <= 0 || runs < command.watchRuns) {
                    List<String> changed = changes(service, wanted);
                    if (changed == null) {
                        break;
                    }
                    console.out().println();
                    console.out().println(console.text("watch.again", String.join(", ", changed)));
                    console.out().flush();
                    code = toTheEnd(() -> command.analyzeOnce(target, output));
                    runs++;
                }
                return code;
            }
        }

        /** One analysis of the watch. */
        private interface Run {
            int analyze() throws IOException;
        }

        /**
         * Runs one analysis on a thread of its own and waits for its end, even when the watch is interrupted
         * meanwhile: Ctrl-C ends the watch between two analyses, never in the middle of writing the outputs (an
         * interrupted file channel would close under the writer). The interrupt is kept for the watch loop.
         */
        private static int toTheEnd(Run run) throws IOException {
            java.util.concurrent.FutureTask<Integer> task = new java.util.concurrent.FutureTask<>(run::analyze);
            org.eit.core.internal.collect.Parallel.background("eit-watch-analysis", task);
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof IOException io) {
                            throw io;
                        }
                        if (e.getCause() instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void register(WatchService service, Folder folder) throws IOException {
            if (Files.isDirectory(folder.path()) && folders.values().stream().noneMatch(f -> f.equals(folder))) {
                WatchKey key = folder.path().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, folder);
            }
        }

        /**
         * The files that changed, once they have stayed still for a moment, named as the user knows them; null
         * when the thread is interrupted. A folder created since ({@code rules/}) is watched from then on.
         */
        private List<String> changes(WatchService service, List<Folder> wanted) throws IOException {
            java.util.Set<String> changed = new java.util.TreeSet<>();
            try {
                WatchKey key = service.take();
                while (key != null) {
                    Folder folder = folders.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (folder != null && event.context() instanceof Path name
                                && folder.counts().test(name.toString())) {
                            changed.add(folder.prefix() + name);
                        }
                    }
                    key.reset();
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    if (key == null && changed.isEmpty()) {
                        key = service.take();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (java.nio.file.ClosedWatchServiceException e) {
                return null;
            }
            for (Folder folder : wanted) {
                register(service, folder);
            }
            return List.copyOf(changed);
        }
    }

    private void report(List<Problem> problems, Locale locale) {
        console.problems(problems, locale);
    }
}
