package org.eit.io.workspace;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.text.Numbers;
import org.eit.core.problem.Location;

/**
 * One actor or flow as written, before validation: field texts with the place each was read from. CSV rows and
 * objects of a JSON/YAML document both become raw records, so that one validator serves both.
 */
final class RawRecord {
    private final Location at;
    private final Map<String, Value> values;
    private final NumberColumns numbers;

    RawRecord(Location at, Map<String, Value> values, NumberColumns numbers) {
        this.at = at;
        this.values = Collections.unmodifiableMap(values);
        this.numbers = numbers;
    }

    static RawRecord of(CsvTable table, CsvTable.Row row) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (String column : table.header()) {
            if (!column.isBlank()) {
                // Rows know columns by the names callers use: an alias (quantité) is looked up as its field.
                String field = table.field(column);
                row.get(field).ifPresent(text -> values.put(field, new Value(text, row.at(field), false)));
            }
        }
        return new RawRecord(row.at(), values, NumberColumns.NONE);
    }

    /** The same record, its numbers read with the decimal marks decided for its file. */
    RawRecord with(NumberColumns decided) {
        return new RawRecord(at, values, decided);
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

    /** The field read as a number with its column's decimal mark; null when the field is absent. */
    Numbers.Reading number(String field) {
        Optional<String> text = get(field);
        if (text.isEmpty()) {
            return null;
        }
        return Numbers.read(text.get(), values.get(field).numberToken() ? Numbers.Mark.POINT
                : numbers.of(field).mark());
    }

    /** How the decimal mark of {@code field} was decided. */
    NumberColumns.Convention convention(String field) {
        Value value = values.get(field);
        return value != null && value.numberToken() ? NumberColumns.Convention.DOCUMENT : numbers.of(field);
    }

    List<String> fields() {
        return List.copyOf(values.keySet());
    }

    /**
     * A field as written.
     *
     * @param numberToken true for a number of a JSON/YAML document ({@code 1.250} there is always one and a quarter)
     */
    record Value(String text, Location at, boolean numberToken) {
    }

    /**
     * The decimal mark of each numeric field of one file, decided from all its values: the column's own values when
     * they show one (a majority when they disagree), else the file's other numeric columns, else the file's
     * convention (a semicolon-separated file uses the decimal comma).
     */
    static final class NumberColumns {
        static final NumberColumns NONE = new NumberColumns(Map.of(), Convention.DEFAULT_POINT);

        /** What decided a column's mark. */
        enum Basis {
            /** Its own values. */
            COLUMN,
            /** The file's other numeric columns. */
            FILE,
            /** Nothing in the file: the convention of its separator. */
            DEFAULT,
            /** Numbers of a JSON/YAML document, whose decimal mark is always the point. */
            DOCUMENT
        }

        record Convention(Numbers.Mark mark, Basis basis) {
            static final Convention DOCUMENT = new Convention(Numbers.Mark.POINT, Basis.DOCUMENT);
            static final Convention DEFAULT_POINT = new Convention(Numbers.Mark.POINT, Basis.DEFAULT);
        }

        private final Map<String, Convention> byField;
        private final Convention fallback;

        private NumberColumns(Map<String, Convention> byField, Convention fallback) {
            this.byField = byField;
            this.fallback = fallback;
        }

        Convention of(String field) {
            return byField.getOrDefault(field, fallback);
        }

        /** Decides the marks of {@code fields} from {@code records}; {@code fallback} when nothing shows one. */
        static NumberColumns decide(List<RawRecord> records, List<String> fields, Numbers.Mark fallback) {
            Map<String, Numbers.Tally> tallies = new HashMap<>();
            Numbers.Tally file = new Numbers.Tally();
            for (String field : fields) {
                Numbers.Tally tally = new Numbers.Tally();
                for (RawRecord record : records) {
                    Value value = record.values.get(field);
                    if (value != null && !value.numberToken()) {
                        tally.add(value.text());
                    }
                }
                tallies.put(field, tally);
                file.add(tally);
            }
            Numbers.Mark fileMark = file.decided();
            Map<String, Convention> byField = new HashMap<>();
            for (String field : fields) {
                Numbers.Mark own = tallies.get(field).decided();
                byField.put(field, own != null ? new Convention(own, Basis.COLUMN)
                        : fileMark != null ? new Convention(fileMark, Basis.FILE)
                        : new Convention(fallback, Basis.DEFAULT));
            }
            return new NumberColumns(byField, new Convention(fileMark != null ? fileMark : fallback,
                    fileMark != null ? Basis.FILE : Basis.DEFAULT));
        }
    }
}
