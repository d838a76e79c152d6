package org.eit.rules.compatibility;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code outlets.csv}: the use a demanded resource is put to (feed, biogas, spreading...); key {@code family}. */
public final class OutletTable extends KnowledgeTable<OutletRow> {
    public static final OutletTable TABLE = new OutletTable();
    /** The uses the feasibility rules know. */
    public static final List<String> OUTLETS = List.of("feed", "petfood", "food", "biogas", "compost", "spreading",
            "fuel", "incineration", "energy", "material", "water");

    private OutletTable() {
        super("outlets.csv", OutletTable.class, List.of("family", "outlet", "source"));
    }

    @Override
    public Optional<OutletRow> read(RowReader row) {
        String family = row.resource("family");
        String outlet = row.text("outlet");
        if (outlet != null && !OUTLETS.contains(outlet)) {
            row.error("knowledge.bad-outlet", "outlet", String.join(", ", OUTLETS));
        }
        String source = row.text("source");
        return row.valid() ? Optional.of(new OutletRow(family, outlet, source)) : Optional.empty();
    }

    @Override
    public String key(OutletRow row) {
        return row.family();
    }
}
