package org.eit.rules.compatibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.api.LocalizedText;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;
import org.eit.rules.facts.PreparationOps;
import org.eit.rules.gains.PreparationCostTable;
import org.eit.rules.knowledge.Knowledge;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code substitutions.csv}: which offered resource can replace which demanded one; key {@code offered, demanded}. */
public final class SubstitutionTable extends KnowledgeTable<SubstitutionRow> {
    public static final SubstitutionTable TABLE = new SubstitutionTable();

    private SubstitutionTable() {
        super("substitutions.csv", SubstitutionTable.class, List.of("offered", "demanded", "ratio",
                "min_temperature_c", "max_temperature_c", "hazardous_allowed", "preparation_fr", "preparation_en",
                "preparation_ops", "source"));
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
        PreparationOps ops = PreparationOps.parse(row.optional("preparation_ops").orElse(null));
        if (ops == null) {
            row.error("knowledge.bad-preparation-ops", "preparation_ops", PreparationOps.NONE);
        }
        String source = row.text("source");
        if (offered != null && demanded != null && row.taxonomy().isA(offered, demanded)) {
            row.warning("knowledge.redundant-substitution", "offered", demanded);
        }
        if (!row.valid()) {
            return Optional.empty();
        }
        return Optional.of(new SubstitutionRow(offered, demanded, ratio, min, max, hazardous, preparation, ops, source,
                row.file(), row.line(), 0));
    }

    @Override
    public String key(SubstitutionRow row) {
        return row.offered() + " > " + row.demanded();
    }

    /**
     * Every operation a row's {@code preparation_ops} names is a row of {@code preparation-costs.csv} in force (the
     * shipped rows, a plugin's and the territory's): an error on the row's line otherwise.
     */
    @Override
    public void checkAcross(List<SubstitutionRow> rows, Knowledge knowledge, Problems problems) {
        if (!knowledge.has(PreparationCostTable.TABLE)) {
            return;
        }
        Set<String> known = new TreeSet<>();
        knowledge.rows(PreparationCostTable.TABLE).forEach(r -> known.add(r.operation()));
        for (SubstitutionRow row : rows) {
            for (String op : row.preparationOps().operations()) {
                if (!known.contains(op)) {
                    problems.error(RulesMessages.MESSAGES, "knowledge.unknown-operation",
                            Location.of(row.file(), row.line()),
                            "preparation_ops", op, PreparationCostTable.TABLE.file(), String.join(", ", known));
                }
            }
        }
    }
}
