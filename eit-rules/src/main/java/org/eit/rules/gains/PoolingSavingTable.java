package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code pooling-savings.csv}: saving rates of pooling themes; key {@code theme}. */
public final class PoolingSavingTable extends KnowledgeTable<PoolingSavingRow> {
    public static final PoolingSavingTable TABLE = new PoolingSavingTable();

    private PoolingSavingTable() {
        super("pooling-savings.csv", PoolingSavingTable.class, List.of("theme", "saving_pct", "saving_low_pct",
                "saving_high_pct", "year", "source"));
    }

    @Override
    public Optional<PoolingSavingRow> read(RowReader row) {
        String theme = row.text("theme");
        Range pct = Tables.range(row, "saving_pct", "saving_low_pct", "saving_high_pct");
        if (pct == null) {
            row.error("field.required-number", "saving_pct");
        }
        int year = Tables.year(row);
        String source = row.text("source");
        return row.valid() ? Optional.of(new PoolingSavingRow(theme, pct, year, source)) : Optional.empty();
    }

    @Override
    public String key(PoolingSavingRow row) {
        return row.theme();
    }
}
