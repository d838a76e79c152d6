package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code disposal-routes.csv}: gate fees and taxes of landfill and incineration; key {@code route}. */
public final class DisposalRouteTable extends KnowledgeTable<DisposalRouteRow> {
    public static final DisposalRouteTable TABLE = new DisposalRouteTable();

    private DisposalRouteTable() {
        super("disposal-routes.csv", DisposalRouteTable.class, List.of("route", "unit", "gate_fee_eur",
                "gate_fee_low_eur", "gate_fee_high_eur", "tax_eur", "tax_low_eur", "tax_high_eur", "year", "source"));
    }

    @Override
    public Optional<DisposalRouteRow> read(RowReader row) {
        String route = row.text("route");
        String unit = Tables.unit(row, "unit");
        Range fee = Tables.range(row, "gate_fee_eur", "gate_fee_low_eur", "gate_fee_high_eur");
        if (fee == null) {
            row.error("field.required-number", "gate_fee_eur");
        }
        Range tax = Tables.range(row, "tax_eur", "tax_low_eur", "tax_high_eur");
        int year = Tables.year(row);
        String source = row.text("source");
        return row.valid() ? Optional.of(new DisposalRouteRow(route, unit, fee, tax, year, source))
                : Optional.empty();
    }

    @Override
    public String key(DisposalRouteRow row) {
        return row.route();
    }
}
