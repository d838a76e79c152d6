package org.eit.rules.detection.feasibility;

import java.util.List;
import java.util.Optional;
import org.eit.core.internal.text.Text;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code species.csv}: the species words flows use, by the groups feed law distinguishes; key name. */
public final class SpeciesTable extends KnowledgeTable<SpeciesName> {
    public static final SpeciesTable TABLE = new SpeciesTable();
    /** The groups the feed rules know. */
    public static final List<String> GROUPS = List.of("ruminant", "porcine", "poultry", "fish", "equine", "rabbit",
            "fur", "insect", "pet", "human");

    private SpeciesTable() {
        super("species.csv", SpeciesTable.class, List.of("name", "group"));
    }

    @Override
    public Optional<SpeciesName> read(RowReader row) {
        String name = row.text("name");
        String group = row.text("group");
        if (group != null && !GROUPS.contains(group)) {
            row.error("knowledge.bad-species-group", "group", String.join(", ", GROUPS));
        }
        return row.valid() ? Optional.of(new SpeciesName(Text.fold(name).replace(' ', '-'), group))
                : Optional.empty();
    }

    @Override
    public String key(SpeciesName row) {
        return row.name();
    }
}
