package org.eit.rules.compatibility;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code reach-criteria.csv}: what decides how far an exchange pays; key {@code family, mode}. */
public final class ReachCriterionTable extends KnowledgeTable<ReachCriterion> {
    public static final ReachCriterionTable TABLE = new ReachCriterionTable();
    public static final List<String> CRITERIA = List.of("heat-density", "transport-cost", "pipe-cost");

    private ReachCriterionTable() {
        super("reach-criteria.csv", ReachCriterionTable.class, List.of("family", "mode", "criterion", "threshold",
                "cap_km", "source"));
    }

    @Override
    public Optional<ReachCriterion> read(RowReader row) {
        String family = row.optional("family").orElse("");
        if (!family.equals(ReachCriterion.ANY)) {
            family = row.resource("family");
        }
        String mode = row.optional("mode").orElse("");
        if (!ReachTable.MODES.contains(mode)) {
            row.error("knowledge.bad-mode", "mode", String.join(", ", ReachTable.MODES));
        }
        String criterion = row.optional("criterion").orElse("");
        if (!CRITERIA.contains(criterion)) {
            row.error("knowledge.bad-criterion", "criterion", String.join(", ", CRITERIA));
        }
        double threshold = row.positive("threshold");
        double cap = row.positive("cap_km");
        String source = row.text("source");
        return row.valid() ? Optional.of(new ReachCriterion(family, mode, criterion, threshold, cap, source))
                : Optional.empty();
    }

    @Override
    public String key(ReachCriterion row) {
        return row.family() + " " + row.mode();
    }
}
