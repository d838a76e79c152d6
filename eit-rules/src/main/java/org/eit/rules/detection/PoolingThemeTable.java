package org.eit.rules.detection;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eit.core.api.LocalizedText;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.RulesMessages;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code pooling-themes.csv}: which needs actors can share, by how many, within what radius; key {@code id}. */
public final class PoolingThemeTable extends KnowledgeTable<PoolingTheme> {
    public static final PoolingThemeTable TABLE = new PoolingThemeTable();

    private PoolingThemeTable() {
        super("pooling-themes.csv", PoolingThemeTable.class, List.of("id", "family", "label_fr", "label_en",
                "min_actors", "radius_km", "by_resource", "buyers", "condition_fr", "condition_en", "source"));
    }

    @Override
    public Optional<PoolingTheme> read(RowReader row) {
        String id = row.text("id");
        String family = row.resource("family");
        LocalizedText label = row.texts("label");
        OptionalDouble min = row.number("min_actors", true);
        if (min.isPresent() && (min.getAsDouble() < 2 || min.getAsDouble() != Math.rint(min.getAsDouble()))) {
            row.error("knowledge.min-actors", "min_actors");
        }
        double radius = row.positive("radius_km");
        boolean byResource = row.flag("by_resource", false);
        String buyers = row.optional("buyers").orElse(PoolingTheme.ANY);
        if (!List.of(PoolingTheme.ANY, PoolingTheme.PUBLIC, PoolingTheme.PRIVATE).contains(buyers)) {
            row.error("knowledge.bad-buyers", "buyers");
        }
        LocalizedText condition = null;
        if (row.optional("condition_fr").isPresent() || row.optional("condition_en").isPresent()) {
            condition = row.texts("condition");
        }
        String source = row.text("source");
        if (!row.valid()) {
            return Optional.empty();
        }
        return Optional.of(new PoolingTheme(id, family, label, (int) min.getAsDouble(), radius, byResource, buyers,
                condition, row.taxonomy().get(family).defaultUnit().symbol(), source));
    }

    @Override
    public String key(PoolingTheme row) {
        return row.id();
    }

    /** Themes must not overlap (a demand joins one theme only), unless they admit different buyers. */
    @Override
    public void check(List<PoolingTheme> themes, ResourceTaxonomy taxonomy, Problems problems) {
        for (PoolingTheme a : themes) {
            for (PoolingTheme b : themes) {
                if (a != b && taxonomy.isA(a.family(), b.family()) && !a.buyersDisjoint(b)) {
                    problems.error(RulesMessages.MESSAGES, "knowledge.overlapping-themes", Location.of(file()),
                            "family", a.family(), a.id(), b.id());
                }
            }
        }
    }
}
