package org.eit.rules.knowledge;

import java.util.List;
import java.util.Map;

/** The knowledge tables in force for one analysis: shipped rows, then plugins' rows, then the territory's. */
public final class Knowledge {
    private final Map<String, List<?>> rowsByTable;

    Knowledge(Map<String, List<?>> rowsByTable) {
        this.rowsByTable = Map.copyOf(rowsByTable);
    }

    /** Whether {@code table} is registered (a plugin's table, or a loader given some tables only, may lack one). */
    public boolean has(KnowledgeTable<?> table) {
        return rowsByTable.containsKey(table.file());
    }

    /** The rows of {@code table} in force, in file order (shipped first, then added keys). */
    @SuppressWarnings("unchecked")
    public <T> List<T> rows(KnowledgeTable<T> table) {
        List<?> rows = rowsByTable.get(table.file());
        if (rows == null) {
            throw new IllegalArgumentException("table " + table.file() + " is not registered");
        }
        return (List<T>) rows;
    }
}
