package org.eit.io.workspace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.problem.Location;

/**
 * One actor or flow as written, before validation: field texts with the place each was read from. CSV rows and
 * objects of a JSON/YAML document both become raw records, so that one validator serves both.
 */
final class RawRecord {
    private final Location at;
    private final Map<String, Value> values;
    private final boolean decimalComma;

    RawRecord(Location at, Map<String, Value> values, boolean decimalComma) {
        this.at = at;
        this.values = Collections.unmodifiableMap(values);
        this.decimalComma = decimalComma;
    }

    static RawRecord of(CsvTable table, CsvTable.Row row) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (String column : table.header()) {
            if (!column.isBlank()) {
                row.get(column).ifPresent(text -> values.put(CsvTable.columnKey(column),
                        new Value(text, row.at(column))));
            }
        }
        return new RawRecord(row.at(), values, row.decimalComma());
    }

    /** Whether its numbers use a decimal comma: semicolon-separated files do, documents do not. */
    boolean decimalComma() {
        return decimalComma;
    }

    /** Where the record starts. */
    Location at() {
        return at;
    }

    /** The field's text, trimmed; empty when absent or blank. */
    Optional<String> get(String field) {
        Value value = values.get(field);
        return value == null || value.text().isBlank() ? Optional.empty() : Optional.of(value.text().trim());
    }

    /** Where the field was read; the record's place when the field is absent. */
    Location at(String field) {
        Value value = values.get(field);
        return value == null ? at : value.at();
    }

    List<String> fields() {
        return List.copyOf(values.keySet());
    }

    record Value(String text, Location at) {
    }
}
