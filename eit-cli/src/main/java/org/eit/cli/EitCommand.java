package org.eit.cli;

import jakarta.inject.Inject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code eit} command: lists its subcommands when called alone. */
@Command(name = "eit",
        resourceBundle = "org.eit.cli.Cli",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {InitCommand.class, ValidateCommand.class, AnalyzeCommand.class, ImportCommand.class,
            SurveyCommand.class, PrioritizeCommand.class, DiffCommand.class,
            RulesCommand.class, SamplesCommand.class,
            CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true,
        sortOptions = false)
final class EitCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @CommandLine.Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "option.lang",
            scope = CommandLine.ScopeType.INHERIT)
    String language;

    /** Read before picocli parses, like {@code --lang}: they set up the console and the log levels. */
    @CommandLine.Option(names = {"-v", "--verbose"}, descriptionKey = "option.verbose",
            scope = CommandLine.ScopeType.INHERIT)
    boolean[] verbose;

    /** See {@link #verbose}. */
    @CommandLine.Option(names = {"-q", "--quiet"}, descriptionKey = "option.quiet",
            scope = CommandLine.ScopeType.INHERIT)
    boolean quiet;

    /** Read before picocli parses (plugins shape the injector); declared here so that picocli accepts it. */
    @CommandLine.Option(names = "--plugin", paramLabel = "JAR", descriptionKey = "option.plugin",
            scope = CommandLine.ScopeType.INHERIT)
    java.util.List<java.nio.file.Path> plugins;

    /** Read before picocli parses, like {@code --plugin}. */
    @CommandLine.Option(names = "--trust-rules", descriptionKey = "option.trust-rules",
            scope = CommandLine.ScopeType.INHERIT)
    boolean trustRules;

    /** Read before picocli parses, like {@code --plugin}. */
    @CommandLine.Option(names = "--rule-timeout", paramLabel = "SECONDS", descriptionKey = "option.rule-timeout",
            scope = CommandLine.ScopeType.INHERIT)
    double ruleTimeout = 10;

    @Inject
    EitCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
