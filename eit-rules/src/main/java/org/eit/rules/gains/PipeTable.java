package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code pipes.csv}: pipe costs, lives and losses by medium; key {@code medium}. */
public final class PipeTable extends KnowledgeTable<PipeRow> {
    public static final PipeTable TABLE = new PipeTable();

    private PipeTable() {
        super("pipes.csv", PipeTable.class, List.of("medium", "cost_eur_per_m", "cost_low", "cost_high",
                "lifetime_years", "discount_rate_pct", "loss_pct_per_km", "year", "source"));
    }

    @Override
    public Optional<PipeRow> read(RowReader row) {
        String medium = row.text("medium");
        Range cost = Tables.range(row, "cost_eur_per_m", "cost_low", "cost_high");
        Double life = row.optionalNumber("lifetime_years");
        if (life != null && life <= 0) {
            row.error("knowledge.not-positive", "lifetime_years");
        }
        Double rate = row.optionalNumber("discount_rate_pct");
        Double loss = row.optionalNumber("loss_pct_per_km");
        int year = Tables.year(row);
        String source = row.text("source");
        if (cost == null) {
            row.error("field.required-number", "cost_eur_per_m");
        }
        return row.valid() ? Optional.of(new PipeRow(medium, cost, life, rate == null ? 0 : rate,
                loss == null ? 0 : loss, year, source)) : Optional.empty();
    }

    @Override
    public String key(PipeRow row) {
        return row.medium();
    }
}
