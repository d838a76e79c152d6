package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.core.api.FactorUse;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.knowledge.Knowledge;

/**
 * The gains tables as the calculators look them up: the most specific row of a resource's lineage (its own row
 * before its family's), each with the {@link FactorUse} a trace names it by. One per analysis.
 */
public final class GainTables {
    /** A factor with the row it comes from. */
    public record Factor(Range value, String unit, FactorUse use) {
    }

    private final ResourceTaxonomy taxonomy;
    private final Map<String, EmissionFactorRow> emissions = new HashMap<>();
    private final Map<String, JobRatioRow> jobs = new HashMap<>();
    private final Map<String, PoolingSavingRow> poolingSavings = new HashMap<>();
    private final Map<String, DisposalRouteRow> disposalRoutes = new HashMap<>();
    private final Map<String, OutletRouteRow> outletRoutes = new HashMap<>();
    private final Map<String, PreparationCostRow> preparationCosts = new HashMap<>();
    private final List<TransportRow> transport;
    private final List<PipeRow> pipes;
    private final Prices prices;
    private final List<org.eit.rules.detection.PoolingTheme> themes;

    public GainTables(Knowledge knowledge, ResourceTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        knowledge.rows(EmissionFactorTable.TABLE).forEach(r -> emissions.put(r.resource() + " " + r.route(), r));
        knowledge.rows(JobRatioTable.TABLE).forEach(r -> jobs.put(r.route(), r));
        knowledge.rows(PoolingSavingTable.TABLE).forEach(r -> poolingSavings.put(r.theme(), r));
        knowledge.rows(DisposalRouteTable.TABLE).forEach(r -> disposalRoutes.put(r.route(), r));
        knowledge.rows(OutletRouteTable.TABLE).forEach(r -> outletRoutes.put(r.outlet(), r));
        knowledge.rows(PreparationCostTable.TABLE).forEach(r -> preparationCosts.put(r.operation(), r));
        this.transport = knowledge.rows(TransportTable.TABLE);
        this.pipes = knowledge.rows(PipeTable.TABLE);
        this.prices = new Prices(knowledge.rows(PriceTable.TABLE), taxonomy);
        this.themes = knowledge.rows(org.eit.rules.detection.PoolingThemeTable.TABLE);
    }

    /** The pooling theme a resource's demands join (the first whose family holds it), or null. */
    public String themeOf(String resource) {
        return themes.stream().filter(t -> taxonomy.isA(resource, t.family())).map(
                org.eit.rules.detection.PoolingTheme::id).findFirst().orElse(null);
    }

    /** The pipe row of a medium (heat, water...), or null. */
    public PipeRow pipe(String medium) {
        return pipes.stream().filter(p -> p.medium().equals(medium)).findFirst().orElse(null);
    }

    /** What a buyer pays for {@code resource} by {@code prices.csv}. */
    public Optional<Prices.Price> purchasePrice(String resource) {
        return prices.purchase(resource);
    }

    /**
     * kg CO2e per unit of {@code resource} down the first of {@code routes} a row gives, looking from the resource up
     * its families: the most specific resource with a row wins, and among its rows the first route asked.
     */
    public Optional<Factor> emission(String resource, String... routes) {
        for (String family : lineage(resource)) {
            for (String route : routes) {
                EmissionFactorRow row = emissions.get(family + " " + route);
                if (row != null) {
                    return Optional.of(new Factor(row.kgCo2ePerUnit(), row.unit(), new FactorUse(
                            EmissionFactorTable.TABLE.file(), family + " " + route, row.source(),
                            row.sourceId().isEmpty() ? null : row.sourceId(), row.year())));
                }
            }
        }
        return Optional.empty();
    }

    /** Jobs (FTE) per unit handled by {@code route} a year. */
    public Optional<Factor> jobs(String route) {
        JobRatioRow row = route == null ? null : jobs.get(route);
        return row == null ? Optional.empty() : Optional.of(new Factor(row.ftePerUnit(), row.unit(),
                new FactorUse(JobRatioTable.TABLE.file(), route, row.source(), null, row.year())));
    }

    /** The saving of pooling theme {@code theme}, in %. */
    public Optional<Factor> poolingSaving(String theme) {
        PoolingSavingRow row = poolingSavings.get(theme);
        return row == null ? Optional.empty() : Optional.of(new Factor(row.savingPct(), "%",
                new FactorUse(PoolingSavingTable.TABLE.file(), theme, row.source(), null, row.year())));
    }

    /** What a tonne costs down {@code route} (gate fee and tax). */
    public Optional<Factor> disposalRoute(String route) {
        DisposalRouteRow row = route == null ? null : disposalRoutes.get(route);
        return row == null ? Optional.empty() : Optional.of(new Factor(row.cost(), row.unit(),
                new FactorUse(DisposalRouteTable.TABLE.file(), route, row.source(), null, row.year())));
    }

    /** The cost of an operation of preparation ({@code preparation-costs.csv}), or empty. */
    public Optional<PreparationCostRow> preparationCost(String operation) {
        return Optional.ofNullable(operation == null ? null : preparationCosts.get(operation));
    }

    /** The route a use stands for (material: recycling...), or null. */
    public String routeOf(String outlet) {
        OutletRouteRow row = outlet == null ? null : outletRoutes.get(outlet);
        return row == null ? null : row.route();
    }

    /** The transport row of a mode and a dimension ({@code mass}, {@code volume}) that gives emissions. */
    public Optional<TransportRow> transportEmissions(String mode, String dimension) {
        return transport.stream().filter(t -> t.mode().equals(mode) && t.dimension().equals(dimension))
                .findFirst();
    }

    private List<String> lineage(String resource) {
        List<String> lineage = new ArrayList<>();
        lineage.add(resource);
        lineage.addAll(taxonomy.ancestors(resource));
        return lineage;
    }
}
