package org.eit.cli;

import com.google.inject.AbstractModule;
import org.eit.io.IoModule;

/**
 * Wires the CLI: its commands, the console they write to and the io module; the engine's modules (rules and
 * plugins) come from {@link org.eit.rules.DroolsEngineFactory#injector}, in the same injector.
 */
final class CliModule extends AbstractModule {
    private final Console console;
    private final Plugins plugins;

    CliModule(Console console, Plugins plugins) {
        this.console = console;
        this.plugins = plugins;
    }

    @Override
    protected void configure() {
        install(new IoModule());
        bind(Console.class).toInstance(console);
        bind(Plugins.class).toInstance(plugins);
        bind(EitCommand.class);
        bind(InitCommand.class);
        bind(ValidateCommand.class);
        bind(AnalyzeCommand.class);
        bind(ImportCommand.class);
        bind(ImportCommand.Sirene.class);
        bind(SurveyCommand.class);
        bind(SurveyCommand.Import.class);
        bind(PrioritizeCommand.class);
        bind(DiffCommand.class);
        bind(SamplesCommand.class);
        bind(SamplesCommand.ListSamples.class);
        bind(SamplesCommand.Generate.class);
        bind(SamplesCommand.Copy.class);
        bind(RulesCommand.class);
        bind(RulesCommand.Check.class);
        bind(RulesCommand.Test.class);
    }
}
