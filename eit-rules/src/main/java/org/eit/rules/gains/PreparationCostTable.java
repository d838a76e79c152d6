package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.core.api.LocalizedText;
import org.eit.rules.facts.PreparationOps;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/**
 * {@code preparation-costs.csv}: the cost of each operation of preparation per unit of material prepared; key
 * {@code operation}. Substitution rows name the operations their preparation needs ({@code preparation_ops}).
 */
public final class PreparationCostTable extends KnowledgeTable<PreparationCostRow> {
    public static final PreparationCostTable TABLE = new PreparationCostTable();

    private PreparationCostTable() {
        super("preparation-costs.csv", PreparationCostTable.class, List.of("operation", "label_fr", "label_en",
                "unit", "cost_eur", "cost_low_eur", "cost_high_eur", "year", "source", "source_id"));
    }

    @Override
    public Optional<PreparationCostRow> read(RowReader row) {
        String operation = row.text("operation");
        if (PreparationOps.NONE.equals(operation) || PreparationOps.OTHER.equals(operation)) {
            row.error("knowledge.reserved-operation", "operation");
        }
        LocalizedText label = row.texts("label");
        String unit = Tables.unit(row, "unit");
        Range cost = Tables.range(row, "cost_eur", "cost_low_eur", "cost_high_eur");
        if (cost == null) {
            row.error("field.required-number", "cost_eur");
        }
        int year = Tables.year(row);
        String source = row.text("source");
        String sourceId = row.optional("source_id").orElse("");
        return row.valid() ? Optional.of(new PreparationCostRow(operation, label, unit, cost, year, source,
                sourceId)) : Optional.empty();
    }

    @Override
    public String key(PreparationCostRow row) {
        return row.operation();
    }
}
