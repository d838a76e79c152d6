package org.eit.rules.gains;

import java.util.List;
import java.util.Optional;
import org.eit.rules.compatibility.OutletTable;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code outlet-routes.csv}: the route each use stands for in the gains tables; key {@code outlet}. */
public final class OutletRouteTable extends KnowledgeTable<OutletRouteRow> {
    public static final OutletRouteTable TABLE = new OutletRouteTable();

    private OutletRouteTable() {
        super("outlet-routes.csv", OutletRouteTable.class, List.of("outlet", "route", "source"));
    }

    @Override
    public Optional<OutletRouteRow> read(RowReader row) {
        String outlet = row.text("outlet");
        if (outlet != null && !OutletTable.OUTLETS.contains(outlet)) {
            row.error("knowledge.bad-outlet", "outlet", String.join(", ", OutletTable.OUTLETS));
        }
        String route = row.text("route");
        String source = row.text("source");
        return row.valid() ? Optional.of(new OutletRouteRow(outlet, route, source)) : Optional.empty();
    }

    @Override
    public String key(OutletRouteRow row) {
        return row.outlet();
    }
}
