package org.eit.rules.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eit.core.internal.table.ShippedFiles;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * A knowledge table a stage reads: a CSV file shipped next to the stage, whose rows a plugin or a territory's
 * {@code knowledge/} folder replace (same key), add (new key) or remove ({@code active} set to false). Each row
 * becomes a record the stage turns into facts. Contributed through
 * {@link org.eit.rules.spi.Extensions#tables}.
 *
 * @param <T> the record of one row
 */
public abstract class KnowledgeTable<T> {
    private final String file;
    private final Class<?> anchor;
    private final List<String> columns;

    /**
     * @param file    the file name, as a territory's {@code knowledge/} folder names it ({@code substitutions.csv})
     * @param anchor  a class of the stage's package; the shipped file lies in that package
     * @param columns the columns, in the shipped file's order
     */
    protected KnowledgeTable(String file, Class<?> anchor, List<String> columns) {
        this.file = file;
        this.anchor = anchor;
        this.columns = List.copyOf(columns);
    }

    public final String file() {
        return file;
    }

    public final List<String> columns() {
        return columns;
    }

    /** The shipped rows, as bytes of the CSV file in the stage's package. */
    public final byte[] shipped() {
        return ShippedFiles.bytes(anchor, "/" + anchor.getPackageName().replace('.', '/') + "/" + file);
    }

    /** The shipped file's path, for messages and documentation. */
    public final String shippedPath() {
        return anchor.getPackageName().replace('.', '/') + "/" + file;
    }

    /** Reads one row; every problem of the row goes to the reader's problems, and an invalid row is empty. */
    public abstract Optional<T> read(RowReader row);

    /** The key that identifies a row across the shipped file, plugins and a territory's overrides. */
    public abstract String key(T row);

    /** Checks across rows once all are read (rows that must not overlap...). */
    public void check(List<T> rows, ResourceTaxonomy taxonomy, Problems problems) {
    }

    /**
     * Checks against the other tables once every table is read, each with its shipped, plugins' and territory's
     * rows (a row naming a key another table must have).
     */
    public void checkAcross(List<T> rows, Knowledge knowledge, Problems problems) {
    }

    static String decode(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
