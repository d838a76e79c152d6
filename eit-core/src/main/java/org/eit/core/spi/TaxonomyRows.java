package org.eit.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.table.ShippedFiles;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * Resources a plugin adds to the taxonomy, or shipped resources it replaces: rows in the format of
 * {@code resources.csv}, applied after the shipped rows and before a territory's own {@code knowledge/resources.csv}.
 *
 * @param rows the CSV file; its name is what problems show
 */
public record TaxonomyRows(SourceFile rows) {
    public TaxonomyRows {
        Objects.requireNonNull(rows, "TaxonomyRows.rows");
    }

    /** Rows read from {@code resource} in the package of {@code anchor} (a plugin's jar). */
    public static TaxonomyRows classpath(Class<?> anchor, String resource) {
        return new TaxonomyRows(ShippedFiles.source(anchor, resource));
    }

    /**
     * {@code base} with every contribution applied, in the order of their file names (so the result does not
     * depend on the order plugins were found in). A plugin's invalid row is an {@link InvalidInputException}.
     */
    public static ResourceTaxonomy apply(ResourceTaxonomy base, Collection<TaxonomyRows> contributions) {
        ResourceTaxonomy taxonomy = base;
        Problems problems = new Problems();
        for (TaxonomyRows rows : contributions.stream().sorted(Comparator.comparing(r -> r.rows().name())).toList()) {
            taxonomy = taxonomy.withOverrides(rows.rows().name(),
                    rows.rows().content().getBytes(StandardCharsets.UTF_8), problems);
        }
        problems.throwIfErrors();
        return taxonomy;
    }
}
