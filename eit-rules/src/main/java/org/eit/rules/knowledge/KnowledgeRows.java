package org.eit.rules.knowledge;

import java.util.Objects;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.table.ShippedFiles;

/**
 * Rows a plugin adds to (or replaces in) a shipped knowledge table: a CSV file with the table's columns, applied
 * after the shipped rows and before a territory's own. Contributed through
 * {@link org.eit.rules.spi.Extensions#knowledgeRows}.
 *
 * @param table the table's file name ({@code substitutions.csv})
 * @param rows  the CSV file; its name is what problems show
 */
public record KnowledgeRows(String table, SourceFile rows) {
    public KnowledgeRows {
        Objects.requireNonNull(table, "KnowledgeRows.table");
        Objects.requireNonNull(rows, "KnowledgeRows.rows");
    }

    /** Rows for {@code table} read from {@code resource} in the package of {@code anchor} (a plugin's jar). */
    public static KnowledgeRows classpath(String table, Class<?> anchor, String resource) {
        return new KnowledgeRows(table, ShippedFiles.source(anchor, resource));
    }
}
