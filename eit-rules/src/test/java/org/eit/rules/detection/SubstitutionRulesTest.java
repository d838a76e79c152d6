package org.eit.rules.detection;

import org.eit.core.api.Diagnostic;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.Direction;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One test per substitution rule: a few facts in, this synergy out; and the near misses that must not match. */
class SubstitutionRulesTest {
    private static final String SUBSTITUTIONS = "knowledge/substitutions.csv";
    private static final String HEADER = "offered,demanded,ratio,min_temperature_c,max_temperature_c,hazardous_allowed,"
            + "preparation_fr,preparation_en,source\n";
    private static final String REACHES = "knowledge/reaches.csv";

    @Test
    void sameResource() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "North").actor("B", 3, "South")
                .offer("F1", "A", "sawdust", 800).demand("F2", "B", "sawdust", 300)
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("Substitution: same resource");
            assertThat(s.kind()).isEqualTo(SynergyKind.SUBSTITUTION);
            assertThat(s.relation()).isEqualTo("same-resource");
            assertThat(s.actors()).containsExactly("A", "B");
            assertThat(s.flows()).containsExactly("F1", "F2");
            assertThat(s.quantity()).isEqualTo(300.0);
            assertThat(s.unit()).isEqualTo("t");
            assertThat(s.allocation().retained()).isTrue();
            assertThat(s.allocation().quantity()).isEqualTo(300.0);
            assertThat(s.allocation().offerShare()).isEqualTo(0.375);
            assertThat(s.allocation().needShare()).isEqualTo(1.0);
            assertThat(s.distanceKm()).isCloseTo(3.0, within(0.05));
            assertThat(s.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(s.quantityBasis()).isEqualTo("min(F1 800 t/yr x 1 = 800 t, F2 300 t/yr) = 300 t");
            assertThat(s.explanation().en()).isEqualTo("Actor A has 800 t of sawdust a year; Actor B, 3 km away, "
                    + "needs it (300 t a year). The need takes 38% of the offer (partial match).");
            assertThat(s.explanation().fr()).startsWith("Actor A dispose de 800 t de sciure de bois par an")
                    .contains("à 3 km", "38 % de l'offre");
            assertThat(s.id()).matches("S-[0-9a-f]{10}");
        });
        assertThat(d.internal()).isEmpty();
    }

    @Test
    void aKindOfWhatIsDemanded() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "North").actor("B", 2, "South")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "wood-waste", 100)
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("Substitution: a kind of what is demanded");
            assertThat(s.relation()).isEqualTo("sub-resource");
            assertThat(s.explanation().en()).contains("a kind of wood waste", "The offer covers the need.");
        });
    }

    @Test
    void aByProductReplacesAnInputThroughTheSubstitutionTable() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "North").actor("B", 5, "South")
                .offer("F1", "A", "spent-grain", 250).demand("F2", "B", "animal-feed", 400)
                .knowledge(SUBSTITUTIONS, HEADER + "spent-grain,animal-feed,0.25,,,false,aucune,none,INRAE feed tables\n")
                .analyze();
        Synergy s = Fixture.byRule(d, "Substitution: a by-product replaces an input").get(0);
        assertThat(s.relation()).isEqualTo("substitution");
        assertThat(s.quantity()).isEqualTo(62.5);
        assertThat(s.unit()).isEqualTo("t");
        assertThat(s.quantityBasis()).isEqualTo("min(F1 250 t/yr x 0.25 = 62.5 t, F2 400 t/yr) = 62.5 t");
        assertThat(s.source()).startsWith("INRAE feed tables (knowledge/substitutions.csv:2)");
        assertThat(s.preparation().en()).isEqualTo("none");
        assertThat(s.explanation().en()).contains("which can cover the need of Actor B for animal feed", "Preparation: none",
                "covers 16% of the need");
    }

    @Test
    void anOfferTooColdForTheDemandDoesNotMatch() {
        Fixture cold = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 5000, 40.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 3000, 55.0, false);
        Diagnostic tooCold = cold.analyze();
        assertThat(tooCold.synergies()).isEmpty();
        assertThat(tooCold.refused()).singleElement().satisfies(r -> assertThat(r.reasons())
                .extracting(j -> j.rule()).containsExactly("Feasibility: not hot enough"));
        Fixture warm = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 5000, 58.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 3000, 55.0, false);
        assertThat(warm.analyze().synergies()).hasSize(1);
    }

    @Test
    void theSubstitutionRowsTemperatureBoundsHold() {
        String row = HEADER + "cooling-water,irrigation-water,1,15,35,false,aucune,none,test\n";
        Fixture tooHot = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .flow("F1", "A", Direction.OFFER, "cooling-water", 5000, 60.0, false)
                .demand("F2", "B", "irrigation-water", 3000).knowledge(SUBSTITUTIONS, row);
        assertThat(tooHot.analyze().synergies()).isEmpty();
        Fixture right = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .flow("F1", "A", Direction.OFFER, "cooling-water", 5000, 28.0, false)
                .demand("F2", "B", "irrigation-water", 3000).knowledge(SUBSTITUTIONS, row);
        assertThat(right.analyze().synergies()).hasSize(1);
    }

    @Test
    void aSubstitutionRowMayUpgradeHeatWhereTheSameResourceCouldNot() {
        String heatPump = HEADER + "heat-low-temperature,heat-medium-temperature,1.3,30,60,false,pompe à chaleur,"
                + "heat pump,test\n";
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 5000, 40.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-medium-temperature", 3000, 80.0, false)
                .knowledge(SUBSTITUTIONS, heatPump)
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> assertThat(s.preparation().en())
                .isEqualTo("heat pump"));
    }

    @Test
    void anActorPassingTheSameResourceThroughIsNotALoop() {
        Diagnostic d = new Fixture().actor("R", 0, "Park")
                .offer("F1", "R", "ferrous-scrap", 500).demand("F2", "R", "ferrous-scrap", 800)
                .analyze();
        assertThat(d.internal()).isEmpty();
    }

    @Test
    void anOfferBeyondTheReachOfItsResourceDoesNotMatch() {
        String reach = "family,mode,max_km,source\nwood-waste,truck,30,test\n";
        Fixture far = new Fixture().actor("A", 0, "North").actor("B", 40, "South")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100).knowledge(REACHES, reach);
        assertThat(far.analyze().synergies()).isEmpty();
        Fixture near = new Fixture().actor("A", 0, "North").actor("B", 25, "South")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100).knowledge(REACHES, reach);
        assertThat(near.analyze().synergies()).singleElement()
                .satisfies(s -> assertThat(s.distanceKm()).isCloseTo(25, within(0.1)));
    }

    @Test
    void anOfferAndADemandOfTheSameActorAreReportedApart() {
        Diagnostic d = new Fixture().actor("A", 0, "North")
                .offer("F1", "A", "plastic-production-scrap", 60).demand("F2", "A", "recycled-plastics", 40)
                .analyze();
        assertThat(d.synergies()).isEmpty();
        assertThat(d.internal()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("Internal loop: an actor could use its own output");
            assertThat(s.internal()).isTrue();
            assertThat(s.actors()).containsExactly("A");
            assertThat(s.chertowType()).isEqualTo(2);
            assertThat(s.id()).startsWith("I-");
        });
    }

    @Test
    void incompatibleResourcesDoNotMatch() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "cooling-water", 100)
                .offer("F3", "A", "fly-ash", 100).demand("F4", "B", "drinking-water", 100)
                .analyze();
        assertThat(d.synergies()).isEmpty();
    }

    @Test
    void hazardousWasteGoesOnlyWhereTheTableAllowsIt() {
        String rows = HEADER + "treated-wood,wood-fuel-chips,0.9,,,false,broyage,shredding,test\n"
                + "used-mineral-oil,fuel-oil,1,,,true,aucune,none,cement kiln co-incineration\n";
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .offer("F1", "A", "treated-wood", 100).demand("F2", "B", "wood-fuel-chips", 100)
                .demand("F3", "B", "wood-waste", 100)
                .offer("F4", "A", "used-mineral-oil", 20).demand("F5", "B", "fuel-oil", 50)
                .knowledge(SUBSTITUTIONS, rows)
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> assertThat(s.flows()).containsExactly("F4", "F5"));
    }

    @Test
    void aDemandNamingAHazardousResourceAcceptsIt() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .offer("F1", "A", "used-mineral-oil", 20).demand("F2", "B", "used-mineral-oil", 50)
                .analyze();
        assertThat(d.synergies()).hasSize(1);
    }

    @Test
    void confidenceIsTheLowestOfTheFlows() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100).estimated("F1")
                .analyze();
        assertThat(d.synergies().get(0).confidence()).isEqualTo(Confidence.LOW);
    }
}
