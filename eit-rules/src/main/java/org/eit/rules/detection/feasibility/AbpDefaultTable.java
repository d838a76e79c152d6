package org.eit.rules.detection.feasibility;

import java.util.List;
import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code abp-categories.csv}: the usual category of a resource's animal by-products; key resource. */
public final class AbpDefaultTable extends KnowledgeTable<AbpDefault> {
    public static final AbpDefaultTable TABLE = new AbpDefaultTable();

    private AbpDefaultTable() {
        super("abp-categories.csv", AbpDefaultTable.class, List.of("resource", "category", "source"));
    }

    @Override
    public Optional<AbpDefault> read(RowReader row) {
        String resource = row.resource("resource");
        int category = Categories.read(row, "category");
        String source = row.text("source");
        return row.valid() ? Optional.of(new AbpDefault(resource, category, source)) : Optional.empty();
    }

    @Override
    public String key(AbpDefault row) {
        return row.resource();
    }
}
