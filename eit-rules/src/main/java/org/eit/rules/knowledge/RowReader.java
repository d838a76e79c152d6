package org.eit.rules.knowledge;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eit.core.api.LocalizedText;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.text.Flags;
import org.eit.core.internal.text.NumberProblems;
import org.eit.core.internal.text.Numbers;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.RulesMessages;

/**
 * One row of a knowledge table being read, with the checks every table needs: required values, resource ids of
 * the taxonomy, numbers, yes/no values. Each check reports its problem with file, line and column and returns
 * an empty or default value; {@link #valid()} says whether the row had no error.
 */
public final class RowReader {
    private final CsvTable.Row row;
    private final String file;
    private final ResourceTaxonomy taxonomy;
    private final Problems problems;
    private final long errorsBefore;
    private final Map<String, Numbers.Mark> marks;

    /** @param marks the decimal mark of each numeric column, decided from all its values (absent: convention) */
    RowReader(CsvTable.Row row, String file, ResourceTaxonomy taxonomy, Problems problems,
              Map<String, Numbers.Mark> marks) {
        this.marks = marks;
        this.row = row;
        this.file = file;
        this.taxonomy = taxonomy;
        this.problems = problems;
        this.errorsBefore = problems.errorCount();
    }

    /** The file the row is read from, as the user knows it. */
    public String file() {
        return file;
    }

    public int line() {
        return row.line();
    }

    public Location at(String column) {
        return row.at(column);
    }

    public ResourceTaxonomy taxonomy() {
        return taxonomy;
    }

    /** True when no check of this row reported an error. */
    public boolean valid() {
        return problems.errorCount() == errorsBefore;
    }

    /** A required value. */
    public String text(String column) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "field.required", row.at(column), column, null);
            return null;
        }
        return value.get();
    }

    /** An optional value, empty when the cell is empty or the column absent. */
    public Optional<String> optional(String column) {
        return row.get(column);
    }

    /** The two columns {@code column_fr} and {@code column_en}, both required. */
    public LocalizedText texts(String column) {
        String fr = text(column + "_fr");
        String en = text(column + "_en");
        return fr == null || en == null ? null : new LocalizedText(fr, en);
    }

    /** A required resource id that must be in the taxonomy. */
    public String resource(String column) {
        String id = text(column);
        if (id != null && !taxonomy.contains(id)) {
            problems.error(RulesMessages.MESSAGES, "knowledge.unknown-resource", row.at(column), column, id);
            return null;
        }
        return id;
    }

    public OptionalDouble number(String column, boolean required) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problems.error(CoreMessages.MESSAGES, "field.required", row.at(column), column, null);
            }
            return OptionalDouble.empty();
        }
        Numbers.Mark convention = row.decimalComma() ? Numbers.Mark.COMMA : Numbers.Mark.POINT;
        Numbers.Mark mark = marks.getOrDefault(column, convention);
        Numbers.Reading reading = Numbers.read(value.get(), mark);
        boolean usable = NumberProblems.report(reading, value.get(), !marks.containsKey(column), mark,
                row.at(column), column, problems);
        return usable ? OptionalDouble.of(reading.value()) : OptionalDouble.empty();
    }

    /** A required number greater than 0, or NaN when missing or invalid. */
    public double positive(String column) {
        OptionalDouble number = number(column, true);
        if (number.isPresent() && !(number.getAsDouble() > 0)) {
            problems.error(RulesMessages.MESSAGES, "knowledge.not-positive", row.at(column), column,
                    row.getOrEmpty(column));
            return Double.NaN;
        }
        return number.orElse(Double.NaN);
    }

    /** An optional number, or null. */
    public Double optionalNumber(String column) {
        OptionalDouble number = number(column, false);
        return number.isPresent() ? number.getAsDouble() : null;
    }

    /** A required yes/no value. */
    public boolean flag(String column) {
        String value = row.getOrEmpty(column);
        Optional<Boolean> flag = Flags.parse(value);
        if (flag.isEmpty()) {
            problems.error(RulesMessages.MESSAGES, "knowledge.bad-boolean", row.at(column), column, value);
            return false;
        }
        return flag.get();
    }

    /** An optional yes/no value: {@code fallback} when the cell is empty. */
    public boolean flag(String column, boolean fallback) {
        return row.get(column).isEmpty() ? fallback : flag(column);
    }

    public void error(String code, String column, Object... args) {
        problems.error(RulesMessages.MESSAGES, code, row.at(column), column, row.getOrEmpty(column), args);
    }

    public void warning(String code, String column, Object... args) {
        problems.warning(RulesMessages.MESSAGES, code, row.at(column), column, row.getOrEmpty(column), args);
    }
}
