package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.eit.core.problem.Problem;
import org.eit.io.output.OutputFolder;
import org.eit.io.sirene.SireneImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eit import sirene}: a workspace from a register's extract. */
@Command(name = "import", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
        subcommands = {ImportCommand.Sirene.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Inject
    ImportCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Imports the actors of an INSEE SIRENE establishments extract. */
    @Command(name = "sirene", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true,
            sortOptions = false)
    static final class Sirene implements Callable<Integer> {
        private final Console console;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EXTRACT.csv", descriptionKey = "param.sirene-extract")
        Path extract;

        @Option(names = {"-o", "--out"}, paramLabel = "WORKSPACE", required = true,
                descriptionKey = "option.sirene-out")
        Path out;

        @Option(names = "--communes", paramLabel = "CODES", split = ",", descriptionKey = "option.communes")
        List<String> communes = new ArrayList<>();

        @Option(names = "--activities", paramLabel = "CODES", split = ",", descriptionKey = "option.activities")
        List<String> activities = new ArrayList<>();

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "option.territory-name")
        String name;

        @Option(names = "--force", descriptionKey = "option.force")
        boolean force;

        @Inject
        Sirene(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(extract)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.no-extract", extract));
            }
            SireneImport importer;
            try {
                importer = new SireneImport(new SireneImport.Options(new LinkedHashSet<>(trimmed(communes)),
                        trimmed(activities), name));
            } catch (SireneImport.BadOption e) {
                // Literal keys, so that the catalogs' test sees each one.
                throw new CommandLine.ParameterException(spec.commandLine(), e.option().equals("communes")
                        ? console.text("error.bad-communes", e.value()) : console.text("error.bad-activities",
                        e.value()));
            }
            OutputFolder output = new OutputFolder(out, force);
            SireneImport.Report report;
            try (InputStream in = Files.newInputStream(extract)) {
                report = importer.run(extract.getFileName().toString(), in, output);
            } catch (OutputFolder.RefusedOverwrite e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.refuse-overwrite", e.file()));
            } catch (OutputFolder.NotAFolder e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        console.text("error.out-not-folder", out, e.file()));
            }
            for (Problem problem : report.problems()) {
                console.err().println(problem.format(console.locale()));
            }
            if (report.hasErrors()) {
                console.err().flush();
                return ExitCodes.INVALID_INPUT;
            }
            console.out().println(console.text("sirene.read", report.read(), report.kept(), out,
                    report.territoryName()));
            console.out().println(console.text("sirene.skipped", report.skipped(SireneImport.Skip.CLOSED),
                    report.skipped(SireneImport.Skip.OTHER_COMMUNE), report.skipped(SireneImport.Skip.OTHER_ACTIVITY),
                    report.skipped(SireneImport.Skip.ABROAD), report.skipped(SireneImport.Skip.BAD_SIRET),
                    report.skipped(SireneImport.Skip.DUPLICATE)));
            console.out().println(console.text("sirene.named", report.named(SireneImport.Naming.ENSEIGNE),
                    report.named(SireneImport.Naming.USUAL_NAME), report.named(SireneImport.Naming.UNIT_NAME),
                    report.named(SireneImport.Naming.SIRET), report.named(SireneImport.Naming.ANONYMOUS)));
            console.out().println(console.text("sirene.placed", report.placed(SireneImport.Position.WGS84),
                    report.placed(SireneImport.Position.LAMBERT93), report.placed(SireneImport.Position.IGNORED),
                    report.placed(SireneImport.Position.MASKED), report.placed(SireneImport.Position.NONE)));
            if (report.otherNomenclature() > 0) {
                console.out().println(console.text("sirene.other-nomenclature", report.otherNomenclature()));
            }
            console.out().println(console.text("sirene.next", out));
            console.out().flush();
            console.err().flush();
            return ExitCodes.OK;
        }

        private static List<String> trimmed(List<String> values) {
            return values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
        }
    }
}
