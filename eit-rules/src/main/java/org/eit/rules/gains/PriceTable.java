package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.core.unit.Units;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code prices.csv}: purchase prices and disposal costs by resource; key {@code resource}. */
public final class PriceTable extends KnowledgeTable<PriceRow> {
    public static final PriceTable TABLE = new PriceTable();

    private PriceTable() {
        super("prices.csv", PriceTable.class, List.of("resource", "unit", "price_eur", "price_low_eur",
                "price_high_eur", "disposal_eur", "disposal_low_eur", "disposal_high_eur", "year", "source",
                "source_id"));
    }

    @Override
    public Optional<PriceRow> read(RowReader row) {
        String resource = row.resource("resource");
        String unit = row.text("unit");
        if (unit != null && Units.find(unit).isEmpty()) {
            row.error("knowledge.unknown-unit", "unit");
        }
        Range price = Tables.range(row, "price_eur", "price_low_eur", "price_high_eur");
        Range disposal = Tables.range(row, "disposal_eur", "disposal_low_eur", "disposal_high_eur");
        int year = Tables.year(row);
        String source = row.text("source");
        String id = row.optional("source_id").orElse("");
        if (!row.valid()) {
            return Optional.empty();
        }
        return Optional.of(new PriceRow(resource, Units.find(unit).orElseThrow().symbol(), price, disposal, year,
                source, id));
    }

    @Override
    public String key(PriceRow row) {
        return row.resource();
    }
}
