package org.eit.rules.afom;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eit.core.api.LocalizedText;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code afom-thresholds.csv}: the thresholds of the AFOM rules; key {@code id}. */
public final class ThresholdTable extends KnowledgeTable<Threshold> {
    public static final ThresholdTable TABLE = new ThresholdTable();

    private ThresholdTable() {
        super("afom-thresholds.csv", ThresholdTable.class, List.of("id", "value", "unit", "description_fr",
                "description_en", "source"));
    }

    @Override
    public Optional<Threshold> read(RowReader row) {
        String id = row.text("id");
        OptionalDouble value = row.number("value", true);
        String unit = row.optional("unit").orElse("");
        LocalizedText description = row.texts("description");
        String source = row.text("source");
        return row.valid() ? Optional.of(new Threshold(id, value.getAsDouble(), unit, description, source))
                : Optional.empty();
    }

    @Override
    public String key(Threshold row) {
        return row.id();
    }
}
