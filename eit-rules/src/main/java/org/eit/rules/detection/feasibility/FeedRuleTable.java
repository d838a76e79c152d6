package org.eit.rules.detection.feasibility;

import java.util.Optional;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code feed-rules.csv}: which animal-derived materials may feed which animals; key resource, origin, fed. */
public final class FeedRuleTable extends KnowledgeTable<FeedRule> {
    public static final FeedRuleTable TABLE = new FeedRuleTable();

    private FeedRuleTable() {
        super("feed-rules.csv", FeedRuleTable.class, AbpUseTable.columns("resource", "origin", "fed"));
    }

    @Override
    public Optional<FeedRule> read(RowReader row) {
        String resource = row.resource("resource");
        String origin = row.text("origin");
        String fed = row.text("fed");
        for (String column : new String[] {"origin", "fed"}) {
            String group = row.optional(column).orElse("");
            if (!group.isEmpty() && !group.equals(FeedRule.ANY) && !SpeciesTable.GROUPS.contains(group)) {
                row.error("knowledge.bad-species-group", column, String.join(", ", SpeciesTable.GROUPS));
            }
        }
        Permission permission = Permission.read(row);
        return row.valid() ? Optional.of(new FeedRule(resource, origin, fed, permission)) : Optional.empty();
    }

    @Override
    public String key(FeedRule row) {
        return row.resource() + "|" + row.origin() + "|" + row.fed();
    }
}
