package org.eit.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Files eit writes into a folder that then belongs to the user ({@code init}, {@code samples copy}): the folder must
 * be new or empty unless {@code --force}, and even then no file that is there is ever replaced, since it is the
 * user's (each file is created only if absent, atomically with respect to another writer).
 */
final class NewFiles {
    private NewFiles() {
    }

    /** What was written and what was left as it was. */
    record Written(List<Path> written, List<Path> kept) {
    }

    /** A usage error unless {@code folder} is new or empty, or {@code force}; never when it is a file. */
    static void checkFolder(Path folder, boolean force, CommandLine commandLine, Console console) throws IOException {
        // The folder, or the nearest of the folders above it that exists, must be a folder.
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new CommandLine.ParameterException(commandLine, console.text("error.folder-is-file", p));
                }
                break;
            }
        }
        if (Files.isDirectory(folder) && !force) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandLine.ParameterException(commandLine,
                            console.text("error.folder-not-empty", folder));
                }
            }
        }
    }

    /** Writes each file of {@code files} (relative name to content) that does not exist yet. */
    static Written write(Path folder, Map<String, byte[]> files) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent() == null ? folder : target.getParent());
            try {
                Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(target);
            } catch (FileAlreadyExistsException e) {
                kept.add(target);
            }
        }
        return new Written(written, kept);
    }

    /** Says what was kept, then what was written. */
    static void report(Written result, Console console) {
        result.kept().forEach(p -> console.say("info.kept", p));
        console.say("info.files-written", result.written().size(), result.kept().size());
    }
}
