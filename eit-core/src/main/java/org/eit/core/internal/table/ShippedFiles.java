package org.eit.core.internal.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** The shipped CSV table {@code path}; its name in messages is the file name. */
    public static CsvTable table(Class<?> anchor, String path) {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read(path.substring(path.lastIndexOf('/') + 1), bytes(anchor, path), problems);
        problems.throwIfErrors();
        return table;
    }
}
