package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eit.io.output.OutputFolder;
import org.eit.samples.Sample;
import org.eit.samples.Samples;
import org.eit.samples.synthetic.SyntheticTerritory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eit samples list} and {@code eit samples generate}: the bundled samples and synthetic territories. */
@Command(name = "samples", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
        subcommands = {SamplesCommand.ListSamples.class, SamplesCommand.Generate.class})
final class SamplesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Inject
    SamplesCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Lists the bundled samples. */
    @Command(name = "list", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true)
    static final class ListSamples implements Callable<Integer> {
        private final Console console;

        @Inject
        ListSamples(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            for (Sample sample : Samples.list()) {
                String marker = sample.name().equals(Samples.DEFAULT) ? " *" : "";
                console.out().printf("%-22s %-3s %s%s%n", sample.name(), sample.language(),
                        sample.description(console.locale()), marker);
            }
            console.out().println(console.text("samples.default", Samples.DEFAULT));
            console.out().flush();
            return ExitCodes.OK;
        }
    }

    /** Writes a synthetic territory of any size. */
    @Command(name = "generate", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
            sortOptions = false)
    static final class Generate implements Callable<Integer> {
        private final Console console;

        @Spec
        CommandSpec spec;

        @Option(names = "--actors", paramLabel = "N", required = true, descriptionKey = "option.actors")
        int actors;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "option.seed")
        long seed;

        @Option(names = "--force", descriptionKey = "option.force")
        boolean force;

        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "param.generate-dir")
        Path folder;

        @Inject
        Generate(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() throws IOException {
            if (actors < 1 || actors > 5_000_000) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.actors-range", actors));
            }
            SyntheticTerritory territory = new SyntheticTerritory(actors, seed);
            OutputFolder output = new OutputFolder(folder, force);
            try (OutputFolder.Batch batch = output.batch("territory.yaml", "actors.csv", "flows.csv")) {
                batch.writer("territory.yaml").write(territory.settingsYaml());
                territory.writeCsv(batch.writer("actors.csv"), batch.writer("flows.csv"));
                batch.commit();
            } catch (OutputFolder.RefusedOverwrite e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.refuse-overwrite", e.file()));
            }
            console.say("info.generated", folder, actors, seed);
            return ExitCodes.OK;
        }
    }
}
