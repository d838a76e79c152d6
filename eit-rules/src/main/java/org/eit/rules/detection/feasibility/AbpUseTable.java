package org.eit.rules.detection.feasibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eit.rules.compatibility.OutletTable;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code animal-by-products.csv}: the uses each category of animal by-products may go to; key category and use. */
public final class AbpUseTable extends KnowledgeTable<AbpUse> {
    public static final AbpUseTable TABLE = new AbpUseTable();

    private AbpUseTable() {
        super("animal-by-products.csv", AbpUseTable.class, columns("category", "outlet"));
    }

    static List<String> columns(String... first) {
        List<String> columns = new ArrayList<>(List.of(first));
        columns.addAll(Permission.COLUMNS);
        return columns;
    }

    @Override
    public Optional<AbpUse> read(RowReader row) {
        int category = Categories.read(row, "category");
        String outlet = row.text("outlet");
        if (outlet != null && !OutletTable.OUTLETS.contains(outlet)) {
            row.error("knowledge.bad-outlet", "outlet", String.join(", ", OutletTable.OUTLETS));
        }
        Permission permission = Permission.read(row);
        return row.valid() ? Optional.of(new AbpUse(category, outlet, permission)) : Optional.empty();
    }

    @Override
    public String key(AbpUse row) {
        return row.category() + "|" + row.outlet();
    }
}
