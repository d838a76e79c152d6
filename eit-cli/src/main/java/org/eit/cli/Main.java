package org.eit.cli;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eit.core.spi.EngineSettings;
import org.eit.rules.DroolsEngineFactory;
import picocli.CommandLine;

/** Entry point of the {@code eit} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // Only the command's own process: tests call run() inside a JVM they share. After three seconds: a small
        // territory's analysis is over by then, and memory runs out only after many full collections.
        MemoryGuard.installAfter(3_000, () -> {
            Locale locale;
            try {
                locale = CliLanguage.explicit(List.of(args)).orElseGet(CliLanguage::system);
            } catch (CliLanguage.Unknown e) {
                locale = CliLanguage.system();
            }
            err.println(Texts.get(locale, "error.memory-exhausted", Runtime.getRuntime().maxMemory() >> 20));
            err.flush();
            Runtime.getRuntime().halt(ExitCodes.INTERNAL);
        });
        // System.console() is null when standard input or output is not a terminal: no progress display then.
        System.exit(run(args, new PrintWriter(System.out, true), err, System.console() != null));
    }

    /**
     * How the engine treats this run's rule files: {@code --trust-rules} when the user vouches for them,
     * {@code --rule-timeout SECONDS} for how long one firing may run. Read before picocli parses, since they shape
     * the engine; a bad timeout is left to picocli's own check of the option.
     */
    private static EngineSettings settings(String[] args) {
        List<String> list = List.of(args);
        Duration timeout = EngineSettings.DEFAULT_RULE_TIMEOUT;
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i).equals("--rule-timeout") && i + 1 < list.size() ? list.get(i + 1)
                    : list.get(i).startsWith("--rule-timeout=") ? list.get(i).substring("--rule-timeout=".length())
                    : null;
            if (value != null) {
                try {
                    double seconds = Double.parseDouble(value);
                    if (seconds > 0 && seconds < 86_400) {
                        timeout = Duration.ofMillis((long) (seconds * 1000));
                    }
                } catch (NumberFormatException e) {
                    // picocli reports it
                }
            }
        }
        return new EngineSettings(list.contains("--trust-rules"), timeout);
    }

    /** Runs {@code args} with the given output streams and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    /** {@code terminal}: standard error is a terminal a person watches, so long runs show their progress. */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
        List<String> list = List.of(args);
        Optional<Locale> explicit;
        try {
            explicit = CliLanguage.explicit(list);
        } catch (CliLanguage.Unknown e) {
            err.println(Texts.get(CliLanguage.system(), "error.unknown-language", e.value(), CliLanguage.SPOKEN));
            return ExitCodes.USAGE;
        }
        Locale locale = explicit.orElseGet(CliLanguage::system);
        Verbosity verbosity;
        try {
            verbosity = Verbosity.of(list);
        } catch (Verbosity.Conflict e) {
            err.println(Texts.get(locale, "error.verbose-and-quiet"));
            return ExitCodes.USAGE;
        }
        if (verbosity != Verbosity.QUIET) {
            CliLanguage.badEnvironment().ifPresent(value -> err.println(Texts.get(locale, "warning.bad-eit-lang",
                    value, CliLanguage.SPOKEN)));
        }
        Locale previous = Locale.getDefault();
        // picocli reads usage help from resource bundles in the default locale.
        Locale.setDefault(locale);
        LogLevels levels = LogLevels.apply(verbosity);
        try {
            Plugins plugins;
            try {
                plugins = Plugins.load(List.of(args));
            } catch (Plugins.PluginException e) {
                err.println(e.text(locale));
                return ExitCodes.USAGE;
            }
            Console console = new Console(out, err, locale, explicit.isPresent(), verbosity, terminal);
            Injector injector = DroolsEngineFactory.injector(plugins.plugins(), settings(args),
                    new CliModule(console, plugins));
            CommandLine commandLine = new CommandLine(EitCommand.class, new GuiceFactory(injector))
                    .setOut(out)
                    .setErr(err)
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setParameterExceptionHandler((e, arguments) -> {
                        err.println(UsageErrors.message(e, locale));
                        err.println(Texts.get(locale, "error.see-help", e.getCommandLine().getCommandSpec()
                                .qualifiedName()));
                        return ExitCodes.USAGE;
                    })
                    .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                        if (outOfMemory(e)) {
                            return outOfMemory(err, locale);
                        }
                        err.println(Texts.get(locale, "error.internal", e));
                        e.printStackTrace(err);
                        return ExitCodes.INTERNAL;
                    });
            exitCodesInHelp(commandLine, locale);
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err, locale);
        } catch (RuntimeException | Error e) {
            // Start-up failures (a broken shipped table, a plugin that fails to configure) are internal errors.
            err.println(Texts.get(locale, "error.internal", e));
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        } finally {
            levels.restore();
            Locale.setDefault(previous);
        }
    }

    /** Every command's help ends with the exit codes, from {@link ExitCodes}, in the user's language. */
    private static void exitCodesInHelp(CommandLine commandLine, Locale locale) {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        ExitCodes.MEANINGS.forEach((code, key) -> list.put(String.valueOf(code), Texts.get(locale, key)));
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading(Texts.get(locale, "usage.exit-codes-heading"))
                .exitCodeList(list);
        commandLine.getSubcommands().values().stream().distinct().forEach(sub -> exitCodesInHelp(sub, locale));
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Running out of memory is said plainly, with what to do, and no stack trace (it is not a bug of eit's). */
    private static int outOfMemory(PrintWriter err, Locale locale) {
        err.println(Texts.get(locale, "error.out-of-memory", Runtime.getRuntime().maxMemory() >> 20));
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
