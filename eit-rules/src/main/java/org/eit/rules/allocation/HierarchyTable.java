package org.eit.rules.allocation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eit.rules.compatibility.OutletTable;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code hierarchy.csv}: which use of an offer the allocation serves first; key {@code outlet}. */
public final class HierarchyTable extends KnowledgeTable<HierarchyRow> {
    public static final HierarchyTable TABLE = new HierarchyTable();

    private HierarchyTable() {
        super("hierarchy.csv", HierarchyTable.class, List.of("outlet", "rank", "source"));
    }

    @Override
    public Optional<HierarchyRow> read(RowReader row) {
        String outlet = row.text("outlet");
        if (outlet != null && !OutletTable.OUTLETS.contains(outlet)) {
            row.error("knowledge.bad-outlet", "outlet", String.join(", ", OutletTable.OUTLETS));
        }
        OptionalDouble rank = row.number("rank", true);
        if (rank.isPresent() && (rank.getAsDouble() < 1 || rank.getAsDouble() != Math.rint(rank.getAsDouble()))) {
            row.error("knowledge.bad-rank", "rank");
        }
        String source = row.text("source");
        return row.valid() ? Optional.of(new HierarchyRow(outlet, (int) rank.getAsDouble(), source))
                : Optional.empty();
    }

    @Override
    public String key(HierarchyRow row) {
        return row.outlet();
    }
}
