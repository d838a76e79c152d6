package org.eit.core.internal.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eit.core.api.SourceFile;
import org.eit.core.problem.Problems;

/**
 * Files that ship inside eit's jars (reference lists, knowledge tables, rule packs, samples). A missing or broken
 * one is a packaging bug, so it fails loudly rather than being reported as user input.
 */
public final class ShippedFiles {
    private ShippedFiles() {
    }

    /** The bytes of {@code path}, looked up next to {@code anchor}'s class ({@code /org/eit/...} for absolute). */
    public static byte[] bytes(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text file {@code resource} (relative to {@code anchor}'s package, or absolute from {@code /}) as a
     * {@link SourceFile} named by its path, for rule packs and table rows read from a jar.
     */
    public static SourceFile source(Class<?> anchor, String resource) {
        String path = resource.startsWith("/") ? resource
                : "/" + anchor.getPackageName().replace('.', '/') + "/" + resource;
        return new SourceFile(path.substring(1), new String(bytes(anchor, path), StandardCharsets.UTF_8));
    }

    /** The shipped CSV table {@code path}; its name in messages is the file name. */
    public static CsvTable table(Class<?> anchor, String path) {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read(path.substring(path.lastIndexOf('/') + 1), bytes(anchor, path), problems);
        problems.throwIfErrors();
        return table;
    }
}
