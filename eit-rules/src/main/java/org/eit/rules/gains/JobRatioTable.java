package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code jobs.csv}: jobs per kt handled, by route; key {@code route}. */
public final class JobRatioTable extends KnowledgeTable<JobRatioRow> {
    public static final JobRatioTable TABLE = new JobRatioTable();

    private JobRatioTable() {
        super("jobs.csv", JobRatioTable.class, List.of("route", "unit", "fte_per_unit", "fte_low", "fte_high",
                "year", "source"));
    }

    @Override
    public Optional<JobRatioRow> read(RowReader row) {
        String route = row.text("route");
        String unit = Tables.unit(row, "unit");
        Range fte = Tables.range(row, "fte_per_unit", "fte_low", "fte_high");
        if (fte == null) {
            row.error("field.required-number", "fte_per_unit");
        }
        int year = Tables.year(row);
        String source = row.text("source");
        return row.valid() ? Optional.of(new JobRatioRow(route, unit, fte, year, source)) : Optional.empty();
    }

    @Override
    public String key(JobRatioRow row) {
        return row.route();
    }
}
