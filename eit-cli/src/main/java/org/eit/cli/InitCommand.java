package org.eit.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eit.core.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eit init DIR}: a new workspace for a study lead, in the language of {@code --lang} (else {@code EIT_LANG},
 * else the system's): the files' headers with one example row each (French headers and {@code ;} separators in
 * French, as a French spreadsheet saves them) and a short guide, {@code README.md}.
 */
@Command(name = "init", resourceBundle = "org.eit.cli.Cli", mixinStandardHelpOptions = true, sortOptions = false)
final class InitCommand implements Callable<Integer> {
    /** The files of a new workspace, from {@code org/eit/cli/init/LANG/}. */
    static final List<String> FILES = List.of("territory.yaml", "actors.csv", "flows.csv", "observations.csv",
            "README.md");

    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "param.init-dir")
    Path folder;

    @Option(names = "--force", descriptionKey = "option.init-force")
    boolean force;

    @Inject
    InitCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        NewFiles.checkFolder(folder, force, spec.commandLine(), console);
        String language = Language.of(console.locale()).code();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            files.put(name, template(language, name));
        }
        NewFiles.Written result = NewFiles.write(folder, files);
        NewFiles.report(result, console);
        console.say("info.init-next", folder);
        return ExitCodes.OK;
    }

    static byte[] template(String language, String name) throws IOException {
        String resource = "/org/eit/cli/init/" + language + "/" + name;
        try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return in.readAllBytes();
        }
    }
}
