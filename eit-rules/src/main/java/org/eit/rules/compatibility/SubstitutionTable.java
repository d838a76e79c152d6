package org.eit.rules.compatibility;

import java.util.List;
import java.util.Optional;
import org.eit.core.api.LocalizedText;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code substitutions.csv}: which offered resource can replace which demanded one; key {@code offered, demanded}. */
public final class SubstitutionTable extends KnowledgeTable<SubstitutionRow> {
    public static final SubstitutionTable TABLE = new SubstitutionTable();

    private SubstitutionTable() {
        super("substitutions.csv", SubstitutionTable.class, List.of("offered", "demanded", "ratio",
                "min_temperature_c", "max_temperature_c", "hazardous_allowed", "preparation_fr", "preparation_en",
                "source"));
    }

    @Override
    public Optional<SubstitutionRow> read(RowReader row) {
        String offered = row.resource("offered");
        String demanded = row.resource("demanded");
        double ratio = row.positive("ratio");
        Double min = row.optionalNumber("min_temperature_c");
        Double max = row.optionalNumber("max_temperature_c");
        if (min != null && max != null && min > max) {
            row.error("knowledge.min-above-max", "min_temperature_c", row.optional("max_temperature_c").orElse(""));
        }
        boolean hazardous = row.flag("hazardous_allowed");
        LocalizedText preparation = row.texts("preparation");
        String source = row.text("source");
        if (offered != null && demanded != null && row.taxonomy().isA(offered, demanded)) {
            row.warning("knowledge.redundant-substitution", "offered", demanded);
        }
        if (!row.valid()) {
            return Optional.empty();
        }
        return Optional.of(new SubstitutionRow(offered, demanded, ratio, min, max, hazardous, preparation, source,
                row.file(), row.line(), 0));
    }

    @Override
    public String key(SubstitutionRow row) {
        return row.offered() + " > " + row.demanded();
    }
}
