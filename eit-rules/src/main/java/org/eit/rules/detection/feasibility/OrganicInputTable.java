package org.eit.rules.detection.feasibility;

import java.util.Optional;
import org.eit.rules.compatibility.OutletTable;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code organic-inputs.csv}: what certified organic farms may and may not take; key resource and use. */
public final class OrganicInputTable extends KnowledgeTable<OrganicInput> {
    public static final OrganicInputTable TABLE = new OrganicInputTable();

    private OrganicInputTable() {
        super("organic-inputs.csv", OrganicInputTable.class, AbpUseTable.columns("resource", "outlet"));
    }

    @Override
    public Optional<OrganicInput> read(RowReader row) {
        String resource = row.resource("resource");
        String outlet = row.text("outlet");
        if (outlet != null && !OutletTable.OUTLETS.contains(outlet)) {
            row.error("knowledge.bad-outlet", "outlet", String.join(", ", OutletTable.OUTLETS));
        }
        Permission permission = Permission.read(row);
        return row.valid() ? Optional.of(new OrganicInput(resource, outlet, permission)) : Optional.empty();
    }

    @Override
    public String key(OrganicInput row) {
        return row.resource() + "|" + row.outlet();
    }
}
