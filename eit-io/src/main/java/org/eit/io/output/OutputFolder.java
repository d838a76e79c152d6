package org.eit.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eit.core.internal.text.Hashes;

/**
 * A folder eit writes results into, safely:
 *
 * <ul>
 *   <li>each file is written to a temporary file first, flushed to the disk and moved into place, so a crash never
 *       leaves a half-written result; the files get the permissions of the user's umask, as any file they create
 *       (temporary files of {@code Files.createTempFile} would be private to the user);</li>
 *   <li>a file that is already there is replaced only if eit wrote it and nobody changed it since (the folder's
 *       {@code .eit-manifest} keeps the SHA-256 of what eit wrote), or when the user forces it: a user's own file
 *       is never overwritten without being asked.</li>
 * </ul>
 */
public final class OutputFolder {
    static final String MANIFEST = ".eit-manifest";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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

        public RefusedOverwrite(Path file) {
            super("refusing to overwrite " + file + ", which eit did not write or which was changed since");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** Thrown when the output path, or one of the folders above it, is a file: there is no folder to write into. */
    public static final class NotAFolder extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        NotAFolder(Path file) {
            super(file + " is a file, not a folder");
            this.file = file;
        }

        /** The file that stands where a folder should be. */
        public Path file() {
            return file;
        }
    }

    /**
     * Checks, before anything is written, that the folder is one (or can be made: no file stands in the way) and that
     * every one of {@code names} may be written.
     */
    public void checkWritable(String... names) {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new NotAFolder(p);
                }
                break;
            }
        }
        Map<String, String> manifest = readManifest();
        for (String name : names) {
            Path target = folder.resolve(name);
            if (!force && Files.exists(target) && !digest(target).equals(manifest.get(name))) {
                throw new RefusedOverwrite(target);
            }
        }
    }

    /** Writes {@code name} atomically and records it in the manifest. */
    public Path write(String name, byte[] content) {
        checkWritable(name);
        removeStale(name);
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            Path temporary = temporary(name);
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
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
        removeStale(names);
        return new Batch(names);
    }

    /**
     * Deletes the temporary files an earlier run left beside {@code names} when it was killed before it could move
     * them into place or delete them ({@code .report.html.1a2b3c.tmp}): only eit's own, named after a file it
     * writes now, so that nothing of the user's is touched.
     */
    private void removeStale(String... names) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (String name : names) {
            prefixes.add("." + name + ".");
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String n = file.getFileName().toString();
                int dot = n.lastIndexOf('.', n.length() - 5);
                if (n.endsWith(".tmp") && dot > 0 && prefixes.contains(n.substring(0, dot + 1))
                        && n.substring(dot + 1, n.length() - 4).matches("[0-9a-f]{1,16}")
                        && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** See {@link #batch(String...)}. */
    public final class Batch implements AutoCloseable {
        private final Map<String, Path> temporaries = new java.util.LinkedHashMap<>();
        private final Map<String, java.security.DigestOutputStream> digests = new java.util.LinkedHashMap<>();
        private final Map<String, java.io.OutputStream> streams = new java.util.LinkedHashMap<>();
        private final Map<String, java.io.Writer> writers = new java.util.LinkedHashMap<>();
        private final Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
        private boolean committed;

        private Batch(String[] names) {
            try {
                Files.createDirectories(folder);
                for (String name : names) {
                    Path temporary = temporary(name);
                    temporaries.put(name, temporary);
                    var digest = new java.security.DigestOutputStream(Files.newOutputStream(temporary),
                            Hashes.sha256());
                    digests.put(name, digest);
                    streams.put(name, new java.io.BufferedOutputStream(digest, 1 << 16));
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        /** The UTF-8 writer of file {@code name}; a file is written through its writer or its stream, not both. */
        public synchronized java.io.Writer writer(String name) {
            return writers.computeIfAbsent(name, n -> new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    streams.get(n), StandardCharsets.UTF_8), 1 << 16));
        }

        /** The bytes of file {@code name}, for a content that writes its own UTF-8 (a JSON generator does). */
        public java.io.OutputStream stream(String name) {
            return streams.get(name);
        }

        /**
         * Ends file {@code name}: closed, hashed and on disk, still under its temporary name; files written side by
         * side are each finished by their own thread. {@link #commit} finishes those that are not.
         */
        public void finish(String name) throws IOException {
            java.io.Writer writer;
            synchronized (this) {
                writer = writers.get(name);
            }
            if (writer != null) {
                writer.flush();
            }
            streams.get(name).close();
            String hash = Hashes.hex(digests.get(name).getMessageDigest());
            try (FileChannel channel = FileChannel.open(temporaries.get(name), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            hashes.put(name, hash);
        }

        /** Moves every file into place and records them in the manifest. */
        public void commit() throws IOException {
            for (String name : temporaries.keySet()) {
                if (!hashes.containsKey(name)) {
                    finish(name);
                }
            }
            Map<String, String> manifest = readManifest();
            temporaries.keySet().forEach(name -> manifest.put(name, hashes.get(name)));
            for (Map.Entry<String, Path> entry : temporaries.entrySet()) {
                move(entry.getValue(), folder.resolve(entry.getKey()));
            }
            writeManifest(manifest);
            committed = true;
        }

        @Override
        public void close() {
            for (java.io.OutputStream stream : streams.values()) {
                try {
                    stream.close();
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

    /**
     * A new empty file beside the targets, hidden ({@code .diagnostic.json.1a2b.tmp}), created with the default
     * permissions (the user's umask) so that the file moved into place has them too.
     */
    private Path temporary(String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
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
        Path temporary = temporary(MANIFEST.substring(1));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            move(temporary, folder.resolve(MANIFEST));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The SHA-256 of a file, read in blocks: an earlier output may be hundreds of megabytes. */
    private static String digest(Path file) {
        var digest = Hashes.sha256();
        byte[] block = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                digest.update(block, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Hashes.hex(digest);
    }

}
