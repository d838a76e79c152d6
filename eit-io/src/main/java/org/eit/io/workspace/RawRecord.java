package org.eit.io.workspace;

import java.util.Collections;
import java.util.HashMap;
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
    /** The CSV row read, or null for an object of a document. */
    private final CsvTable.Row row;
    /** Where a document's object starts; null for a row, whose place is made when asked for. */
    private final Location at;
    /** A document object's fields; null for a row. */
    private final Map<String, Value> values;
    private final NumberColumns numbers;

    RawRecord(Location at, Map<String, Value> values, NumberColumns numbers) {
        this(null, at, Collections.unmodifiableMap(values), numbers);
    }

    private RawRecord(CsvTable.Row row, Location at, Map<String, Value> values, NumberColumns numbers) {
        this.row = row;
        this.at = at;
        this.values = values;
        this.numbers = numbers;
    }

    /**
     * The record of a CSV row, reading its cells where they are: a region's file has millions of cells, and a map
     * entry, a value and a location for each would take several times the file's size.
     */
    static RawRecord of(CsvTable.Row row) {
        return new RawRecord(row, null, null, NumberColumns.NONE);
    }

    /** The same record, its numbers read with the decimal marks decided for its file. */
    RawRecord with(NumberColumns decided) {
        return new RawRecord(row, at, values, decided);
    }

    /** Where the record starts. */
    Location at() {
        return row != null ? row.at() : at;
    }

    /** The field's text, trimmed; empty when absent or blank. */
    Optional<String> get(String field) {
        String text = text(field);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    /** Where the field was read; the record's place when the field is absent or blank. */
    Location at(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return at();
        }
        return row != null ? row.at(field) : values.get(field).at();
    }

    /** The field read as a number with its column's decimal mark; null when the field is absent. */
    Numbers.Reading number(String field) {
        Optional<String> text = get(field);
        if (text.isEmpty()) {
            return null;
        }
        return Numbers.read(text.get(), numberToken(field) ? Numbers.Mark.POINT : numbers.of(field).mark());
    }

    /** How the decimal mark of {@code field} was decided. */
    NumberColumns.Convention convention(String field) {
        return numberToken(field) ? NumberColumns.Convention.DOCUMENT : numbers.of(field);
    }

    /** The field's text as written, null when the field is absent. */
    private String text(String field) {
        if (row != null) {
            return row.cell(field);
        }
        Value value = values.get(field);
        return value == null ? null : value.text();
    }

    /** Whether the field is a number token of a JSON/YAML document. */
    private boolean numberToken(String field) {
        if (row != null) {
            return false;
        }
        Value value = values.get(field);
        return value != null && value.numberToken();
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
                    String text = record.text(field);
                    if (text != null && !record.numberToken(field)) {
                        tally.add(text);
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
