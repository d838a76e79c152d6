package org.eit.cli;

import com.google.inject.AbstractModule;
import java.io.PrintWriter;
import java.util.Locale;
import org.eit.io.IoModule;

/** Wires the CLI: its commands, the console they write to, and the io module. */
final class CliModule extends AbstractModule {
    private final Console console;

    CliModule(PrintWriter out, PrintWriter err, Locale locale) {
        this.console = new Console(out, err, locale);
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        binder().disableCircularProxies();
        install(new IoModule());
        bind(Console.class).toInstance(console);
        bind(EitCommand.class);
        bind(ValidateCommand.class);
    }
}
