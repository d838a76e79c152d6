package org.eit.rules.gains;

import java.util.List;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Synergy;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Attribute;
import org.eit.core.model.Direction;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Gains computed by hand on small cases: each figure's central value, its range, and the rows it says it used. The
 * two actors of a pair stand {@code km} apart north to south; routes are 1.3 times the distance
 * ({@code reach.detour-factor}); declared quantities are 15 % uncertain either way.
 */
class GainsTest {
    private static final double TRUCK_EUR_PER_TKM = 0.113;
    private static final double TRUCK_KG_PER_TKM = 0.0755;

    private static Fixture apart(double km) {
        return new Fixture().actor("A", 0, "North").actor("B", km, "South");
    }

    /** The route between the two actors of {@link #apart}: their great-circle distance times 1.3. */
    private static double routeKm(double km) {
        return new GeoPoint(Fixture.LAT, Fixture.LON).distanceKm(new GeoPoint(Fixture.LAT + km * Fixture.KM,
                Fixture.LON)) * 1.3;
    }

    private static Synergy only(Diagnostic d) {
        assertThat(d.synergies()).hasSize(1);
        return d.synergies().get(0);
    }

    private static GainFigure figure(Synergy s, String name) {
        return s.gains().find(name).orElseThrow(() -> new AssertionError(name + " not in " + s.gains()));
    }

    @Test
    void aSubstitutionSavesThePurchaseAndTheDisposalLessTransportAndTransaction() {
        Synergy s = only(apart(10).offer("F1", "A", "sawdust", 300).demand("F2", "B", "sawdust", 300)
                .cost("F2", 20).cost("F1", 15).analyze());
        double km = routeKm(10);
        GainFigure purchase = figure(s, "avoided-purchase");
        assertThat(purchase.central()).isEqualTo(300 * 20.0);
        assertThat(purchase.low()).isCloseTo(255 * 20.0, within(1e-6));
        assertThat(purchase.high()).isCloseTo(345 * 20.0, within(1e-6));
        assertThat(purchase.unit()).isEqualTo("EUR/yr");
        assertThat(purchase.factors()).extracting(f -> f.table()).contains("declared");
        assertThat(figure(s, "avoided-disposal").central()).isEqualTo(300 * 15.0);
        GainFigure transport = figure(s, "transport");
        assertThat(transport.central()).isCloseTo(-300 * km * TRUCK_EUR_PER_TKM, within(0.01));
        assertThat(transport.factors()).extracting(f -> f.table() + " " + f.key()).contains("transport.csv truck mass");
        assertThat(transport.formula()).contains("300 t", "km x 0.113 EUR/t.km");
        assertThat(figure(s, "transaction").central()).isEqualTo(-1000.0);
        assertThat(figure(s, "net").central()).isCloseTo(6000 + 4500 - 300 * km * TRUCK_EUR_PER_TKM - 1000,
                within(0.01));
        assertThat(s.gains().uneconomic()).isFalse();
    }

    @Test
    void aDeclaredPriceWinsOverTheTablesAndSaysSo() {
        Synergy table = only(apart(5).offer("F1", "A", "wood-fuel-chips", 200)
                .demand("F2", "B", "wood-fuel-chips", 200).analyze());
        GainFigure byTable = figure(table, "avoided-purchase");
        assertThat(byTable.central()).isEqualTo(200 * 59.0);
        assertThat(byTable.low()).isCloseTo(170 * 49.0, within(1e-6));
        assertThat(byTable.high()).isCloseTo(230 * 87.0, within(1e-6));
        assertThat(byTable.factors()).anySatisfy(f -> {
            assertThat(f.table()).isEqualTo("prices.csv");
            assertThat(f.key()).isEqualTo("wood-fuel-chips price");
            assertThat(f.year()).isEqualTo(2014);
        });
        Synergy declared = only(apart(5).offer("F1", "A", "wood-fuel-chips", 200)
                .demand("F2", "B", "wood-fuel-chips", 200).cost("F2", 80).analyze());
        GainFigure byActor = figure(declared, "avoided-purchase");
        assertThat(byActor.central()).isEqualTo(200 * 80.0);
        assertThat(byActor.factors()).extracting(f -> f.table()).contains("declared").doesNotContain("prices.csv");
        assertThat(byActor.formula()).contains("declared by the actor");
    }

    @Test
    void aPipeTooDearForTheHeatItCarriesIsUneconomicAndKept() {
        // 3,000 MWh at 1 km pass the heat density (2.3 MWh/m), but at 10 EUR/MWh the pipe costs more than it saves:
        // 1,300 m x 900 EUR/m annualised over 30 years at 4.5 %.
        Synergy s = only(apart(1).flow("F1", "A", Direction.OFFER, "heat-low-temperature", 3000, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 3000, 50.0, false).cost("F2", 10)
                .analyze());
        double metres = routeKm(1) * 1000;
        double pipe = metres * 900 * PipeRow.capitalRecoveryFactor(30, 4.5);
        assertThat(figure(s, "transport").central()).isCloseTo(-pipe, within(0.01));
        assertThat(figure(s, "transport").low()).isCloseTo(-metres * 1500 * PipeRow.capitalRecoveryFactor(30, 4.5),
                within(0.01));
        assertThat(figure(s, "net").central()).isCloseTo(30000 - pipe - 1000, within(0.01));
        assertThat(s.gains().uneconomic()).isTrue();
        assertThat(s.allocation().retained()).isTrue();
    }

    @Test
    void recycledPlasticAvoidsVirginProductionLessTheTransportsEmissions() {
        Synergy s = only(apart(2).offer("F1", "A", "plastic-production-scrap", 100)
                .demand("F2", "B", "virgin-plastics", 1000).analyze());
        double km = routeKm(2);
        GainFigure ghg = figure(s, "ghg-avoided");
        // 100 t of scrap: 1,100 kg CO2e avoided per t recycled (BIO Intelligence Service 2008), less the truck.
        assertThat(ghg.central()).isCloseTo((100 * 1100 - 100 * km * TRUCK_KG_PER_TKM) / 1000, within(1e-6));
        assertThat(ghg.unit()).isEqualTo("t CO2e/yr");
        assertThat(ghg.factors()).extracting(f -> f.table() + " " + f.key())
                .contains("emission-factors.csv plastic-waste virgin", "transport.csv truck mass");
        assertThat(figure(s, "diverted").central()).isEqualTo(100.0);
        assertThat(figure(s, "virgin-saved").central()).isEqualTo(90.0);
    }

    @Test
    void jobsAreDeclaredOrTheNewRoutesLessTheCurrentOnes() {
        Synergy declared = only(apart(2).offer("F1", "A", "plastic-production-scrap", 100)
                .demand("F2", "B", "virgin-plastics", 1000).attribute("F2", Attribute.JOBS_FTE, "1.5").analyze());
        assertThat(figure(declared, "jobs").central()).isEqualTo(1.5);
        Synergy ratio = only(apart(2).offer("F1", "A", "plastic-production-scrap", 100)
                .demand("F2", "B", "virgin-plastics", 1000).attribute("F1", Attribute.CURRENT_ROUTE, "landfill")
                .analyze());
        // 0.1 kt recycled (11.5 FTE/kt) instead of landfilled (0.1 FTE/kt), jobs.csv.
        assertThat(figure(ratio, "jobs").central()).isCloseTo(0.1 * (11.5 - 0.1), within(1e-9));
        Synergy unknown = only(apart(2).offer("F1", "A", "plastic-production-scrap", 100)
                .demand("F2", "B", "virgin-plastics", 1000).analyze());
        assertThat(unknown.gains().find("jobs")).isEmpty();
        assertThat(unknown.gains().notes()).extracting(n -> n.en()).anySatisfy(n -> assertThat(n)
                .startsWith("Jobs are not valued"));
    }

    @Test
    void aWasteWhoseCurrentRouteIsKnownSavesItsGateFeeAndTax() {
        Synergy s = only(apart(2).offer("F1", "A", "plastic-production-scrap", 100)
                .demand("F2", "B", "virgin-plastics", 1000).attribute("F1", Attribute.CURRENT_ROUTE, "landfill")
                .analyze());
        // Landfill: 145 EUR/t gate fee and 65 EUR/t TGAP (disposal-routes.csv).
        assertThat(figure(s, "avoided-disposal").central()).isEqualTo(100 * 210.0);
        assertThat(figure(s, "avoided-disposal").factors()).extracting(f -> f.table())
                .contains("disposal-routes.csv");
    }

    @Test
    void aSharedCollectionSavesTheThemesRateOnWhatMembersPay() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.2, "Park").actor("C", 0.4, "Park")
                .demand("F1", "A", "cardboard-collection", 12).demand("F2", "B", "cardboard-collection", 12)
                .demand("F3", "C", "cardboard-collection", 12).cost("F1", 100).cost("F2", 100).cost("F3", 100)
                .analyze();
        Synergy group = only(d);
        // 36 pick-ups at 100 EUR, 29 % cheaper pooled (ADEME OPTIGEDE, pooling-savings.csv).
        assertThat(figure(group, "pooling-saving").central()).isCloseTo(3600 * 0.29, within(1e-9));
        assertThat(figure(group, "net").central()).isCloseTo(3600 * 0.29 - 1000, within(1e-9));
        assertThat(figure(group, "actors").central()).isEqualTo(3.0);
    }

    @Test
    void theTerritorysTotalsAreTheSumOfItsRetainedSynergiesWithActorsCountedOnce() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 3, "South").actor("C", 6, "East")
                .offer("F1", "A", "sawdust", 300).demand("F2", "B", "sawdust", 200).cost("F2", 20)
                .demand("F3", "C", "sawdust", 200).cost("F3", 25)
                .offer("F4", "B", "plastic-production-scrap", 50).demand("F5", "C", "virgin-plastics", 500)
                .analyze();
        List<Synergy> valued = new java.util.ArrayList<>(d.synergies());
        valued.addAll(d.internal().stream().filter(Synergy::retained).toList());
        assertThat(valued).hasSizeGreaterThanOrEqualTo(3);
        for (String name : List.of("avoided-purchase", "transport", "transaction", "net", "ghg-avoided",
                "diverted")) {
            double central = valued.stream().mapToDouble(s -> s.gains().find(name).map(GainFigure::central)
                    .orElse(0.0)).sum();
            double low = valued.stream().mapToDouble(s -> s.gains().find(name).map(GainFigure::low).orElse(0.0))
                    .sum();
            Gains totals = d.gains();
            assertThat(totals.find(name)).as(name).hasValueSatisfying(t -> {
                assertThat(t.central()).isCloseTo(central, within(1e-6));
                assertThat(t.low()).isCloseTo(low, within(1e-6));
            });
        }
        assertThat(d.gains().find("actors").orElseThrow().central()).isEqualTo(3.0);
        // The alternative (F1 to C beyond what the offer has left) is not counted.
        assertThat(d.alternatives()).allSatisfy(a -> assertThat(a.gains()).isEqualTo(Gains.NONE));
    }

    @Test
    void theApproachCostsItsStudyAndItsFacilitation() {
        Diagnostic d = apart(2).offer("F1", "A", "sawdust", 300).demand("F2", "B", "sawdust", 300).analyze();
        assertThat(d.approach().study().central()).isCloseTo(0.5 * 8 / 12.0 * 50000, within(1e-6));
        assertThat(d.approach().facilitationPerYear().central()).isEqualTo(50000.0);
        assertThat(d.approach().total().central()).isCloseTo(0.5 * 8 / 12.0 * 50000 + 3 * 50000, within(1e-6));
        assertThat(d.approach().studyFunding()).isEqualTo("Région");
        Diagnostic other = apart(2).offer("F1", "A", "sawdust", 300).demand("F2", "B", "sawdust", 300)
                .parameter("approach.fte-cost-eur", "60000").parameter("approach.facilitation-years", "2").analyze();
        assertThat(other.approach().total().central()).isCloseTo(0.5 * 8 / 12.0 * 60000 + 2 * 60000, within(1e-6));
    }

    /** 160 t of offcuts chipped at 20 EUR/t (15 to 25, Quercy Énergies, preparation-costs.csv) for a chip boiler. */
    @Test
    void aPreparationCostsTheOfferUsedTimesTheOperationsRate() {
        Synergy s = only(apart(2).offer("F1", "A", "wood-offcuts", 160).demand("F2", "B", "wood-fuel-chips", 500)
                .analyze());
        GainFigure preparation = figure(s, "preparation");
        assertThat(preparation.central()).isCloseTo(-160 * 20.0, within(1e-9));
        assertThat(preparation.low()).isCloseTo(-184 * 25.0, within(1e-9));
        assertThat(preparation.high()).isCloseTo(-136 * 15.0, within(1e-9));
        assertThat(preparation.unit()).isEqualTo("EUR/yr");
        assertThat(preparation.label().en()).isEqualTo("Preparation");
        assertThat(preparation.label().fr()).isEqualTo("Préparation");
        assertThat(preparation.formula()).contains("160 t", "x 20 EUR/t [15 to 25]", "wood-chipping 20",
                "preparation-costs.csv");
        assertThat(preparation.factors()).anySatisfy(f -> {
            assertThat(f.table()).isEqualTo("preparation-costs.csv");
            assertThat(f.key()).isEqualTo("wood-chipping");
            assertThat(f.source()).contains("Quercy");
            assertThat(f.year()).isEqualTo(2010);
        });
        double km = routeKm(2);
        assertThat(figure(s, "net").central()).isCloseTo(figure(s, "avoided-purchase").central()
                - 160 * km * TRUCK_EUR_PER_TKM - 160 * 20.0 - 1000, within(0.01));
        assertThat(s.gains().notes()).extracting(n -> n.en()).noneMatch(n -> n.contains("preparation"));
    }

    /**
     * 100 t of food waste for a digester: the supplier saves 40 EUR/t, de-packaging costs 82.5 EUR/t (75 to 90, ADEME
     * 2016): the synergy loses money, is kept and flagged; the sanitisation, which no row costs, is noted.
     */
    @Test
    void aPreparationDearerThanTheSavingMakesTheSynergyUneconomic() {
        Synergy s = only(apart(2).offer("F1", "A", "food-waste", 100).demand("F2", "B", "methanisation-feedstock",
                1000).cost("F1", 40).cost("F2", 0).analyze());
        double km = routeKm(2);
        GainFigure preparation = figure(s, "preparation");
        assertThat(preparation.central()).isCloseTo(-100 * 82.5, within(1e-9));
        assertThat(preparation.low()).isCloseTo(-115 * 90.0, within(1e-9));
        assertThat(preparation.high()).isCloseTo(-85 * 75.0, within(1e-9));
        double withoutPreparation = 100 * 40.0 - 100 * km * TRUCK_EUR_PER_TKM - 1000;
        assertThat(withoutPreparation).isPositive();
        assertThat(figure(s, "net").central()).isCloseTo(withoutPreparation - 8250, within(0.01));
        assertThat(s.gains().uneconomic()).isTrue();
        assertThat(s.allocation().retained()).isTrue();
        assertThat(s.gains().notes()).extracting(n -> n.en()).anySatisfy(n -> assertThat(n)
                .startsWith("The preparation (unpacking; sanitisation").contains("valued for de-packaging of "
                        + "packaged food waste only"));
        assertThat(s.gains().notes()).extracting(n -> n.fr()).anySatisfy(n -> assertThat(n)
                .contains("n'est chiffrée que pour déconditionnement de biodéchets emballés"));
    }

    /** A territory's own quote replaces the shipped row: 8 EUR/t for the chipping, no range given. */
    @Test
    void aWorkspaceRowReplacesTheShippedCostOfAnOperation() {
        Synergy s = only(apart(2).offer("F1", "A", "wood-offcuts", 160).demand("F2", "B", "wood-fuel-chips", 500)
                .knowledge("preparation-costs.csv", "operation,label_fr,label_en,unit,cost_eur,cost_low_eur,"
                        + "cost_high_eur,year,source,source_id\nwood-chipping,broyage,chipping,t,8,,,2026,"
                        + "\"Loirette contractor's quote (illustration)\",\n")
                .analyze());
        GainFigure preparation = figure(s, "preparation");
        assertThat(preparation.central()).isCloseTo(-160 * 8.0, within(1e-9));
        assertThat(preparation.low()).isCloseTo(-184 * 8.0, within(1e-9));
        assertThat(preparation.high()).isCloseTo(-136 * 8.0, within(1e-9));
        assertThat(preparation.factors()).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("wood-chipping");
            assertThat(f.source()).contains("contractor's quote");
            assertThat(f.year()).isEqualTo(2026);
        });
    }

    @Test
    void aPreparationWithNoCostedOperationIsNotedAndNoneIsNotNoted() {
        Synergy grinding = only(apart(2).offer("F1", "A", "plastic-production-scrap", 100)
                .demand("F2", "B", "virgin-plastics", 1000).analyze());
        assertThat(grinding.gains().find("preparation")).isEmpty();
        assertThat(grinding.gains().notes()).extracting(n -> n.en()).anySatisfy(n -> assertThat(n)
                .startsWith("The preparation (grinding").endsWith("is not valued: preparation-costs.csv has no cost "
                        + "for the operations it names."));
        Synergy none = only(apart(2).offer("F1", "A", "oilseed-cakes", 100).demand("F2", "B", "animal-feed", 1000)
                .analyze());
        assertThat(none.gains().find("preparation")).isEmpty();
        assertThat(none.gains().notes()).extracting(n -> n.en()).noneMatch(n -> n.contains("preparation"));
    }

    @Test
    void aSubstitutionRowNamingAnOperationWithoutACostIsAnErrorOnItsLine() {
        String header = "offered,demanded,ratio,min_temperature_c,max_temperature_c,hazardous_allowed,"
                + "preparation_fr,preparation_en,preparation_ops,source\n";
        List<org.eit.core.problem.Problem> problems = Fixture.ENGINE.check(apart(2).offer("F1", "A", "wood-offcuts",
                160).demand("F2", "B", "wood-fuel-chips", 500).knowledge("knowledge/substitutions.csv", header
                + "wood-offcuts,wood-fuel-chips,1.0,,,false,broyage,chipping,wood-chiping,test\n"
                + "bark,wood-fuel-chips,0.65,,,false,criblage,screening,none;wood-chipping,test\n").request());
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.code()).isEqualTo("knowledge.unknown-operation");
            assertThat(p.file()).isEqualTo("knowledge/substitutions.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.format(java.util.Locale.ENGLISH)).contains("wood-chiping", "preparation-costs.csv",
                    "wood-chipping");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("knowledge.bad-preparation-ops");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void theTerritorysPreparationIsTheSumOfItsSynergies() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 3, "South").actor("C", 6, "East")
                .offer("F1", "A", "wood-offcuts", 160).demand("F2", "B", "wood-fuel-chips", 100)
                .demand("F3", "C", "wood-fuel-chips", 100)
                .offer("F4", "B", "food-waste", 50).demand("F5", "C", "methanisation-feedstock", 500)
                .analyze();
        List<Synergy> valued = d.synergies().stream().filter(s -> s.gains().find("preparation").isPresent())
                .toList();
        assertThat(valued).hasSizeGreaterThanOrEqualTo(3);
        for (String name : List.of("preparation", "net")) {
            List<Synergy> all = new java.util.ArrayList<>(d.synergies());
            all.addAll(d.internal().stream().filter(Synergy::retained).toList());
            double central = all.stream().mapToDouble(s -> s.gains().find(name).map(GainFigure::central)
                    .orElse(0.0)).sum();
            double high = all.stream().mapToDouble(s -> s.gains().find(name).map(GainFigure::high).orElse(0.0))
                    .sum();
            assertThat(d.gains().find(name)).as(name).hasValueSatisfying(t -> {
                assertThat(t.central()).isCloseTo(central, within(1e-6));
                assertThat(t.high()).isCloseTo(high, within(1e-6));
            });
        }
        // 160 t of offcuts shared between two boilers and 50 t of food waste: 160 x 20 + 50 x 82.5.
        assertThat(d.gains().find("preparation").orElseThrow().central()).isCloseTo(-(160 * 20.0 + 50 * 82.5),
                within(1e-6));
    }

    /** An exchanger and a pipe: the pipe is the transport term; the exchanger has no cost row and is noted, once. */
    @Test
    void aHeatExchangersPreparationIsThePipeOnlyAndSaysSo() {
        Synergy s = only(apart(0.5).flow("F1", "A", Direction.OFFER, "heat-medium-temperature", 3000, 90.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 2000, 50.0, false).cost("F2", 60)
                .analyze());
        assertThat(s.gains().find("preparation")).isEmpty();
        assertThat(figure(s, "transport").factors()).extracting(f -> f.table()).contains("pipes.csv");
        assertThat(s.gains().notes()).extracting(n -> n.en()).anySatisfy(n -> assertThat(n)
                .startsWith("The preparation (heat exchanger and pipe").contains("valued only for its pipe"));
    }
}
