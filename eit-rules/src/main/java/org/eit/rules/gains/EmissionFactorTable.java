package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.core.unit.Units;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code emission-factors.csv}: greenhouse gas factors by resource and route; key {@code resource, route}. */
public final class EmissionFactorTable extends KnowledgeTable<EmissionFactorRow> {
    public static final EmissionFactorTable TABLE = new EmissionFactorTable();

    private EmissionFactorTable() {
        super("emission-factors.csv", EmissionFactorTable.class, List.of("resource", "route", "unit",
                "kgco2e_per_unit", "kgco2e_low", "kgco2e_high", "year", "source", "source_id"));
    }

    @Override
    public Optional<EmissionFactorRow> read(RowReader row) {
        String resource = row.resource("resource");
        String route = row.text("route");
        String unit = Tables.unit(row, "unit");
        Range factor = Tables.range(row, "kgco2e_per_unit", "kgco2e_low", "kgco2e_high");
        if (factor == null) {
            row.error("field.required-number", "kgco2e_per_unit");
        }
        int year = Tables.year(row);
        String source = row.text("source");
        return row.valid() ? Optional.of(new EmissionFactorRow(resource, route, unit, factor, year, source,
                row.optional("source_id").orElse(""))) : Optional.empty();
    }

    @Override
    public String key(EmissionFactorRow row) {
        return row.resource() + " " + row.route();
    }
}
