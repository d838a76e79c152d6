package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.rules.compatibility.ReachTable;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code transport.csv}: transport costs and emissions per unit and km; key {@code mode, dimension}. */
public final class TransportTable extends KnowledgeTable<TransportRow> {
    public static final TransportTable TABLE = new TransportTable();

    private TransportTable() {
        super("transport.csv", TransportTable.class, List.of("mode", "dimension", "cost_eur_per_unit_km",
                "cost_low", "cost_high", "kgco2e_per_unit_km", "kgco2e_low", "kgco2e_high", "year", "source",
                "source_id"));
    }

    @Override
    public Optional<TransportRow> read(RowReader row) {
        String mode = row.optional("mode").orElse("");
        if (!ReachTable.MODES.contains(mode)) {
            row.error("knowledge.bad-mode", "mode", String.join(", ", ReachTable.MODES));
        }
        String dimension = row.optional("dimension").orElse("");
        if (!List.of(TransportRow.MASS, TransportRow.VOLUME).contains(dimension)) {
            row.error("knowledge.bad-dimension", "dimension");
        }
        Range cost = Tables.range(row, "cost_eur_per_unit_km", "cost_low", "cost_high");
        Range emissions = Tables.range(row, "kgco2e_per_unit_km", "kgco2e_low", "kgco2e_high");
        int year = Tables.year(row);
        String source = row.text("source");
        if (cost == null && emissions == null) {
            row.error("field.required-number", "cost_eur_per_unit_km");
        }
        return row.valid() ? Optional.of(new TransportRow(mode, dimension, cost,
                emissions == null ? Range.of(0) : emissions, year, source, row.optional("source_id").orElse("")))
                : Optional.empty();
    }

    @Override
    public String key(TransportRow row) {
        return row.mode() + " " + row.dimension();
    }
}
