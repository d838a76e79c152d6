package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.core.api.FactorUse;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.Unit;
import org.eit.core.unit.UnitException;
import org.eit.core.unit.Units;

/**
 * The default prices of {@code prices.csv} by resource: the most specific row of the resource's lineage, in the
 * resource's own unit. A price an actor declared wins over these (the caller says which was used). Safe to share
 * between threads (detection's searches run side by side): each resource's answer is kept once made.
 */
public final class Prices {
    /** A price per unit of a resource's default unit, and where it comes from. */
    public record Price(Range perUnit, String citation, FactorUse use) {
        /** A price an actor declared for one of its flows. */
        public static Price declared(double perUnit, String flow) {
            return new Price(Range.of(perUnit), Economics.DECLARED, new FactorUse("declared", flow,
                    "declared by the actor (cost_eur_per_unit of flow " + flow + ")", null, null));
        }
    }

    private final ResourceTaxonomy taxonomy;
    private final Map<String, PriceRow> byResource = new HashMap<>();
    /** Lookups are made for every candidate pair: each resource's answer is kept. */
    private final Map<String, Optional<Price>> purchases = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<Price>> disposals = new java.util.concurrent.ConcurrentHashMap<>();

    public Prices(List<PriceRow> rows, ResourceTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        rows.forEach(r -> byResource.put(r.resource(), r));
    }

    /** What a buyer pays for {@code resource} per unit of its default unit. */
    public Optional<Price> purchase(String resource) {
        return purchases.computeIfAbsent(resource, r -> find(r, true));
    }

    /** What a holder pays to dispose of {@code resource} per unit of its default unit (negative: it is sold). */
    public Optional<Price> disposal(String resource) {
        return disposals.computeIfAbsent(resource, r -> find(r, false));
    }

    private Optional<Price> find(String resource, boolean purchase) {
        List<String> lineage = new ArrayList<>();
        lineage.add(resource);
        lineage.addAll(taxonomy.ancestors(resource));
        Resource target = taxonomy.get(resource);
        for (String family : lineage) {
            PriceRow row = byResource.get(family);
            Range value = row == null ? null : purchase ? row.price() : row.disposal();
            if (value != null) {
                try {
                    // A price per row unit, per resource unit: 30 €/t is 0.03 €/kg.
                    Unit rowUnit = Units.require(row.unit());
                    double perResourceUnit = target.defaultUnit().convert(1, rowUnit);
                    // The formula names the row; its source travels with the factor used.
                    return Optional.of(new Price(value.times(perResourceUnit), "prices.csv: " + family + ", "
                            + row.year(), new FactorUse(PriceTable.TABLE.file(),
                            family + (purchase ? " price" : " disposal"), row.source(),
                            row.sourceId().isEmpty() ? null : row.sourceId(), row.year())));
                } catch (UnitException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
