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

/**
 * {@code eit samples list}, {@code copy} and {@code generate}: the bundled samples, a copy of one to edit, and
 * synthetic territories.
 */
@Command(name = "samples", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
        subcommands = {SamplesCommand.ListSamples.class, SamplesCommand.Copy.class, SamplesCommand.Generate.class})
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

    /** Copies a bundled sample into a folder, to edit it or to start from it; never over a user's file. */
    @Command(name = "copy", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
            sortOptions = false)
    static final class Copy implements Callable<Integer> {
        private final Console console;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.sample-name")
        String name;

        @Parameters(index = "1", paramLabel = "DIR", descriptionKey = "param.copy-dir")
        Path folder;

        @Option(names = "--force", descriptionKey = "option.init-force")
        boolean force;

        @Inject
        Copy(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() throws IOException {
            Sample sample = Samples.find(name).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), console.text("error.unknown-sample", name, String.join(", ",
                    Samples.list().stream().map(Sample::name).toList()))));
            NewFiles.checkFolder(folder, force, spec.commandLine(), console);
            java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
            Path root = sample.path();
            // The sample may be inside eit's jar: its paths are of the jar's file system, named by their text.
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(root)) {
                for (Path file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                    files.put(root.relativize(file).toString(), java.nio.file.Files.readAllBytes(file));
                }
            }
            NewFiles.Written result = NewFiles.write(folder, files);
            NewFiles.report(result, console);
            console.say("info.copied", name, folder);
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
