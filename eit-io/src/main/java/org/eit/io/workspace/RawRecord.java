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
    private final Location at;
    private final Fields fields;
    private final NumberColumns numbers;

    RawRecord(Location at, Map<String, Value> values, NumberColumns numbers) {
        this(at, new DocumentFields(Collections.unmodifiableMap(values)), numbers);
    }

    private RawRecord(Location at, Fields fields, NumberColumns numbers) {
        this.at = at;
        this.fields = fields;
        this.numbers = numbers;
    }

    /**
     * The record of a CSV row, reading its cells where they are: a region's file has millions of cells, and a map
     * entry, a value and a location for each would take several times the file's size.
     */
    static RawRecord of(CsvTable.Row row) {
        return new RawRecord(row.at(), new RowFields(row), NumberColumns.NONE);
    }

    /** The same record, its numbers read with the decimal marks decided for its file. */
    RawRecord with(NumberColumns decided) {
        return new RawRecord(at, fields, decided);
    }

    /** Where the record starts. */
    Location at() {
        return at;
    }

    /** The field's text, trimmed; empty when absent or blank. */
    Optional<String> get(String field) {
        String text = fields.text(field);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    /** Where the field was read; the record's place when the field is absent or blank. */
    Location at(String field) {
        String text = fields.text(field);
        return text == null || text.isBlank() ? at : fields.at(field);
    }

    /** The field read as a number with its column's decimal mark; null when the field is absent. */
    Numbers.Reading number(String field) {
        Optional<String> text = get(field);
        if (text.isEmpty()) {
            return null;
        }
        return Numbers.read(text.get(), fields.numberToken(field) ? Numbers.Mark.POINT : numbers.of(field).mark());
    }

    /** How the decimal mark of {@code field} was decided. */
    NumberColumns.Convention convention(String field) {
        return fields.numberToken(field) ? NumberColumns.Convention.DOCUMENT : numbers.of(field);
    }

    /** Where a record's field texts are: the cells of a CSV row, or the values of a document's object. */
    private interface Fields {
        /** The text as written, null when the field is absent. */
        String text(String field);

        /** Where the field (present) was read. */
        Location at(String field);

        /** Whether the field is a number token of a JSON/YAML document. */
        boolean numberToken(String field);
    }

    private record RowFields(CsvTable.Row row) implements Fields {
        @Override
        public String text(String field) {
            return row.cell(field);
        }

        @Override
        public Location at(String field) {
            return row.at(field);
        }

        @Override
        public boolean numberToken(String field) {
            return false;
        }
    }

    private record DocumentFields(Map<String, Value> values) implements Fields {
        @Override
        public String text(String field) {
            Value value = values.get(field);
            return value == null ? null : value.text();
        }

        @Override
        public Location at(String field) {
            return values.get(field).at();
        }

        @Override
        public boolean numberToken(String field) {
            Value value = values.get(field);
            return value != null && value.numberToken();
        }
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
                    String text = record.fields.text(field);
                    if (text != null && !record.fields.numberToken(field)) {
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
