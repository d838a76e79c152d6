package org.eit.cli;

import com.google.inject.Injector;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eit.rules.DroolsEngineFactory;
import picocli.CommandLine;

/** Entry point of the {@code eit} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Whether the user vouches for the rule files of this run ({@code --trust-rules}). */
    private static boolean trustRules(String[] args) {
        return List.of(args).contains("--trust-rules");
    }

    /** Runs {@code args} with the given output streams and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Optional<Locale> explicit = CliLanguage.explicit(List.of(args));
        Locale locale = explicit.orElseGet(CliLanguage::system);
        Locale previous = Locale.getDefault();
        // picocli reads usage help from resource bundles in the default locale.
        Locale.setDefault(locale);
        try {
            Plugins plugins;
            try {
                plugins = Plugins.load(List.of(args));
            } catch (Plugins.PluginException e) {
                err.println(e.text(locale));
                return ExitCodes.USAGE;
            }
            Console console = new Console(out, err, locale, explicit.isPresent());
            Injector injector = DroolsEngineFactory.injector(plugins.plugins(), trustRules(args),
                    new CliModule(console, plugins));
            CommandLine commandLine = new CommandLine(EitCommand.class, new GuiceFactory(injector))
                    .setOut(out)
                    .setErr(err)
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setParameterExceptionHandler((e, arguments) -> {
                        // The message and a pointer to the help, not the whole usage text.
                        err.println(e.getMessage());
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
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err, locale);
        } catch (RuntimeException | Error e) {
            // Start-up failures (a broken shipped table, a plugin that fails to configure) are internal errors.
            err.println(Texts.get(locale, "error.internal", e));
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        } finally {
            Locale.setDefault(previous);
        }
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
