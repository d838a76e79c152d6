package org.eit.cli;

import com.google.inject.AbstractModule;
import org.eit.io.IoModule;
import org.eit.rules.RulesModule;

/** Wires the CLI: its commands, the console they write to, and the io module. */
final class CliModule extends AbstractModule {
    private final Console console;

    CliModule(Console console) {
        this.console = console;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        binder().disableCircularProxies();
        install(new IoModule());
        install(new RulesModule());
        bind(Console.class).toInstance(console);
        bind(EitCommand.class);
        bind(ValidateCommand.class);
        bind(AnalyzeCommand.class);
        bind(SamplesCommand.class);
        bind(SamplesCommand.ListSamples.class);
        bind(SamplesCommand.Generate.class);
    }
}
