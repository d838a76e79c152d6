package org.eit.rules.compatibility;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code reaches.csv}: how far each family of resources travels by each mode; key {@code family, mode}. */
public final class ReachTable extends KnowledgeTable<ReachRow> {
    public static final ReachTable TABLE = new ReachTable();
    /** The transport modes a reach row can name. */
    public static final List<String> MODES = List.of("pipe", "truck", "ship", "local");

    private ReachTable() {
        super("reaches.csv", ReachTable.class, List.of("family", "mode", "max_km", "source"));
    }

    @Override
    public Optional<ReachRow> read(RowReader row) {
        String family = row.resource("family");
        String mode = row.optional("mode").orElse("");
        if (!MODES.contains(mode)) {
            row.error("knowledge.bad-mode", "mode", String.join(", ", MODES));
        }
        double max = row.positive("max_km");
        String source = row.text("source");
        return row.valid() ? Optional.of(new ReachRow(family, mode, max, source)) : Optional.empty();
    }

    @Override
    public String key(ReachRow row) {
        return row.family() + " " + row.mode();
    }
}
