package org.eit.rules.governance;

import java.util.List;
import java.util.Optional;
import org.eit.core.api.LocalizedText;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code technical-partners.csv}: the technical partners an approach may need; key {@code id} and {@code when}. */
public final class PartnerTable extends KnowledgeTable<PartnerRow> {
    public static final PartnerTable TABLE = new PartnerTable();
    static final List<String> CRITERIA = List.of("always", "family:", "condition:", "kind:", "actor:", "tag:");

    private PartnerTable() {
        super("technical-partners.csv", PartnerTable.class, List.of("id", "name_fr", "name_en", "role_fr", "role_en",
                "when", "source"));
    }

    @Override
    public Optional<PartnerRow> read(RowReader row) {
        String id = row.text("id");
        LocalizedText name = row.texts("name");
        LocalizedText role = row.texts("role");
        String when = row.text("when");
        if (when != null && CRITERIA.stream().noneMatch(c -> c.equals("always") ? when.equals(c)
                : when.startsWith(c) && when.length() > c.length())) {
            row.error("knowledge.bad-partner-criterion", "when", "always, family:X, condition:X, kind:X, actor:X, "
                    + "tag:X");
        }
        String source = row.text("source");
        return row.valid() ? Optional.of(new PartnerRow(id, name, role, when, source)) : Optional.empty();
    }

    @Override
    public String key(PartnerRow row) {
        return row.id() + "|" + row.when();
    }
}
