package org.eit.samples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.eit.samples.synthetic.SyntheticTerritory;

/**
 * A generated workspace written to a temporary folder, as {@code eit samples generate} writes it (territory.yaml,
 * actors.csv, flows.csv): the input of the benchmarks that start from files.
 */
final class SyntheticWorkspace {
    private SyntheticWorkspace() {
    }

    /** Writes the workspace of {@code new SyntheticTerritory(actors, seed)} to a new temporary folder. */
    static Path write(int actors, long seed) {
        SyntheticTerritory territory = new SyntheticTerritory(actors, seed);
        try {
            Path folder = Files.createTempDirectory("eit-bench-");
            Files.writeString(folder.resolve(WorkspaceReader.SETTINGS_FILE), territory.settingsYaml());
            try (Writer a = Files.newBufferedWriter(folder.resolve(WorkspaceReader.ACTORS_FILE), StandardCharsets.UTF_8);
                 Writer f = Files.newBufferedWriter(folder.resolve(WorkspaceReader.FLOWS_FILE), StandardCharsets.UTF_8)) {
                territory.writeCsv(a, f);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the workspace at {@code folder}, which must be valid. */
    static Workspace read(WorkspaceReader reader, Path folder) {
        Workspace workspace = reader.read(folder);
        if (!workspace.isValid()) {
            throw new IllegalStateException("the generated workspace " + folder + " is not valid: "
                    + workspace.problems());
        }
        return workspace;
    }

    /** The bytes of the folder's files. */
    static long size(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            long bytes = 0;
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(p);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the folder and what it holds; nothing when null. */
    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
