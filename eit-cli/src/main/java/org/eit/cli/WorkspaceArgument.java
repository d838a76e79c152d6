package org.eit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eit.samples.Sample;
import org.eit.samples.Samples;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The territory a command works on: a workspace folder or a JSON/YAML document, or a bundled sample by name, or
 * the default sample when neither is given.
 */
final class WorkspaceArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE", descriptionKey = "param.workspace")
    Path workspace;

    @Option(names = "--sample", paramLabel = "NAME", descriptionKey = "option.sample")
    String sample;

    /** What to read: a path, and the sample's name when it is a bundled sample. */
    record Target(Path path, String sample) {
        /**
         * The language of its reports: the user's choice, else the territory's, read from its settings even when
         * its data is invalid, so that the language never depends on whether the data was valid.
         */
        java.util.Locale reportLocale(Console console, org.eit.io.workspace.WorkspaceReader reader,
                                      org.eit.io.workspace.Workspace workspace) {
            return console.reportLocale(workspace.validTerritory().map(org.eit.core.model.Territory::language)
                    .or(() -> reader.declaredLanguage(path)).orElse(null));
        }

        /** How reports name it. */
        String name(java.util.Locale locale) {
            return sample == null ? path.toString() : Texts.get(locale, "sample.name", sample);
        }
    }

    /** The workspace to read; a usage error when it does not exist or the sample is unknown. */
    Target resolve(CommandLine commandLine, Console console) {
        if (workspace != null && sample != null) {
            throw new CommandLine.ParameterException(commandLine, console.text("error.workspace-and-sample"));
        }
        if (workspace != null) {
            if (!Files.exists(workspace)) {
                throw new CommandLine.ParameterException(commandLine,
                        console.text("error.no-workspace", workspace));
            }
            return new Target(workspace, null);
        }
        String name = sample == null ? Samples.DEFAULT : sample;
        Optional<Sample> found = Samples.find(name);
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, console.text("error.unknown-sample", name,
                    String.join(", ", Samples.list().stream().map(Sample::name).toList())));
        }
        if (sample == null) {
            console.say("info.default-sample", name);
        }
        return new Target(found.get().path(), name);
    }
}
