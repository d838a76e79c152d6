package org.eit.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eit.core.internal.text.Hashes;

/**
 * A folder eit writes results into, safely:
 *
 * <ul>
 *   <li>each file is written to a temporary file first and moved into place, so a crash never leaves a half-written
 *       result;</li>
 *   <li>a file that is already there is replaced only if eit wrote it and nobody changed it since (the folder's
 *       {@code .eit-manifest} keeps the SHA-256 of what eit wrote), or when the user forces it: a user's own file
 *       is never overwritten without being asked.</li>
 * </ul>
 */
public final class OutputFolder {
    static final String MANIFEST = ".eit-manifest";

    private final Path folder;
    private final boolean force;

    public OutputFolder(Path folder, boolean force) {
        this.folder = folder;
        this.force = force;
    }

    public Path path() {
        return folder;
    }

    /** Thrown when writing would replace a file eit did not write (or that was changed since). */
    public static final class RefusedOverwrite extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        RefusedOverwrite(Path file) {
            super("refusing to overwrite " + file + ", which eit did not write or which was changed since");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** Checks that every one of {@code names} may be written, before anything is written. */
    public void checkWritable(String... names) {
        Map<String, String> manifest = readManifest();
        for (String name : names) {
            Path target = folder.resolve(name);
            if (!force && Files.exists(target) && !Hashes.sha256Hex(read(target)).equals(manifest.get(name))) {
                throw new RefusedOverwrite(target);
            }
        }
    }

    /** Writes {@code name} atomically and records it in the manifest. */
    public Path write(String name, byte[] content) {
        checkWritable(name);
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            Path temporary = Files.createTempFile(folder, "." + name, ".tmp");
            try {
                Files.write(temporary, content);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            Map<String, String> manifest = readManifest();
            manifest.put(name, Hashes.sha256Hex(content));
            writeManifest(manifest);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Files written together and streamed, for outputs too large to hold in memory: each goes to a temporary file;
     * {@link Batch#commit()} moves them all into place; closing without committing leaves the folder as it was.
     */
    public Batch batch(String... names) {
        checkWritable(names);
        return new Batch(names);
    }

    /** See {@link #batch(String...)}. */
    public final class Batch implements AutoCloseable {
        private final Map<String, Path> temporaries = new java.util.LinkedHashMap<>();
        private final Map<String, java.security.DigestOutputStream> streams = new java.util.LinkedHashMap<>();
        private final Map<String, java.io.Writer> writers = new java.util.LinkedHashMap<>();
        private boolean committed;

        private Batch(String[] names) {
            try {
                Files.createDirectories(folder);
                for (String name : names) {
                    Path temporary = Files.createTempFile(folder, "." + name, ".tmp");
                    temporaries.put(name, temporary);
                    var digest = new java.security.DigestOutputStream(Files.newOutputStream(temporary),
                            Hashes.sha256());
                    streams.put(name, digest);
                    writers.put(name, new java.io.BufferedWriter(new java.io.OutputStreamWriter(digest,
                            StandardCharsets.UTF_8), 1 << 16));
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        /** The UTF-8 writer of file {@code name}. */
        public java.io.Writer writer(String name) {
            return writers.get(name);
        }

        /** Moves every file into place and records them in the manifest. */
        public void commit() throws IOException {
            Map<String, String> manifest = readManifest();
            for (Map.Entry<String, java.io.Writer> entry : writers.entrySet()) {
                entry.getValue().close();
                manifest.put(entry.getKey(), Hashes.hex(streams.get(entry.getKey()).getMessageDigest()));
            }
            for (Map.Entry<String, Path> entry : temporaries.entrySet()) {
                move(entry.getValue(), folder.resolve(entry.getKey()));
            }
            writeManifest(manifest);
            committed = true;
        }

        @Override
        public void close() {
            for (java.io.Writer writer : writers.values()) {
                try {
                    writer.close();
                } catch (IOException ignored) {
                    // the temporary file is deleted below
                }
            }
            if (!committed) {
                for (Path temporary : temporaries.values()) {
                    try {
                        Files.deleteIfExists(temporary);
                    } catch (IOException ignored) {
                        // nothing else to undo
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Map<String, String> readManifest() {
        Map<String, String> manifest = new TreeMap<>();
        Path file = folder.resolve(MANIFEST);
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.forEach((k, v) -> manifest.put(k.toString(), v.toString()));
        }
        return manifest;
    }

    private void writeManifest(Map<String, String> manifest) throws IOException {
        StringBuilder text = new StringBuilder("# Files eit wrote here, with their SHA-256: eit replaces them only "
                + "while they are unchanged.\n");
        manifest.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path temporary = Files.createTempFile(folder, MANIFEST, ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            move(temporary, folder.resolve(MANIFEST));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
