package org.eit.rules.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.rules.FixtureAccess;
import org.eit.rules.Probe;
import org.eit.rules.facts.Accepts;
import org.junit.jupiter.api.Test;

/** One test per compatibility rule: which resources fit, with which row, and how far they travel. */
class CompatibilityRulesTest {
    private static final String SUBSTITUTIONS = "knowledge/substitutions.csv";
    private static final String REACHES = "knowledge/reaches.csv";
    private static final String HEADER = "offered,demanded,ratio,min_temperature_c,max_temperature_c,"
            + "hazardous_allowed,preparation_fr,preparation_en,source\n";
    private static final Probe PROBE = new Probe(100, CompatibilityStage.ACCEPTS, CompatibilityStage.REACHES);

    private static List<Accepts> accepts(FixtureAccess f) {
        return PROBE.run(f.request(), CompatibilityStage.ACCEPTS);
    }

    private static Optional<Accepts> fit(List<Accepts> all, String demanded, String offered) {
        return all.stream().filter(a -> a.demanded().equals(demanded) && a.offered().equals(offered)).findFirst();
    }

    @Test
    void theSameResourceFitsOneForOne() {
        List<Accepts> all = accepts(FixtureAccess.of().offer("sawdust").demand("sawdust"));
        assertThat(fit(all, "sawdust", "sawdust")).hasValueSatisfying(a -> {
            assertThat(a.relation()).isEqualTo(Accepts.SAME);
            assertThat(a.ratio()).isEqualTo(1);
            assertThat(a.hazardousAllowed()).isFalse();
        });
    }

    @Test
    void aResourceBelowTheDemandedOneFitsButNeverAHazardousOne() {
        List<Accepts> all = accepts(FixtureAccess.of().offer("sawdust").demand("wood-waste"));
        assertThat(fit(all, "wood-waste", "sawdust")).hasValueSatisfying(a -> {
            assertThat(a.relation()).isEqualTo(Accepts.SUB_RESOURCE);
            assertThat(a.hazardousAllowed()).isFalse();
        });
        assertThat(fit(all, "sawdust", "wood-waste")).as("a family does not fit a demand for its member").isEmpty();
    }

    @Test
    void theRowOfTheMostSpecificOfferedResourceWinsThenTheClosestDemandedOneThenTheFirst() {
        String rows = HEADER
                + "wood-waste,wood-fuel-chips,0.5,,,false,a,a,general row\n"
                + "sawdust,wood-fuel-chips,0.85,,,false,b,b,specific row\n"
                + "sawdust,wood-fuel,0.7,,,false,c,c,row for the demand itself\n";
        List<Accepts> chips = accepts(FixtureAccess.of().offer("sawdust").demand("wood-fuel-chips")
                .knowledge(SUBSTITUTIONS, rows));
        assertThat(fit(chips, "wood-fuel-chips", "sawdust")).hasValueSatisfying(a -> {
            assertThat(a.relation()).isEqualTo(Accepts.SUBSTITUTION);
            assertThat(a.ratio()).isEqualTo(0.85);
            assertThat(a.source()).startsWith("specific row (knowledge/substitutions.csv:3)");
        });
        List<Accepts> fuel = accepts(FixtureAccess.of().offer("sawdust").demand("wood-fuel")
                .knowledge(SUBSTITUTIONS, rows));
        assertThat(fit(fuel, "wood-fuel", "sawdust")).as("a row for the demand itself is closer than one for a "
                + "resource below it").hasValueSatisfying(a -> assertThat(a.ratio()).isEqualTo(0.7));
    }

    @Test
    void aRowForAResourceBelowTheDemandServesItOnlyWhenMeasuredAlike() {
        String row = HEADER + "spent-grain,wood-fuel-chips,0.3,,,false,b,b,t for t\n";
        assertThat(fit(accepts(FixtureAccess.of().offer("spent-grain").demand("wood-fuel")
                .knowledge(SUBSTITUTIONS, row)), "wood-fuel", "spent-grain")).as("wood fuel is in t like wood chips")
                .hasValueSatisfying(a -> assertThat(a.ratio()).isEqualTo(0.3));
        assertThat(fit(accepts(FixtureAccess.of().offer("spent-grain").demand("fuels")
                .knowledge(SUBSTITUTIONS, row)), "fuels", "spent-grain")).as("fuels are in MWh").isEmpty();
    }

    @Test
    void aRowSwitchedOffByTheTerritoryNoLongerFits() {
        // The row for concentrate feed (a kind of animal feed, in t) would serve an animal-feed demand too: both off.
        String off = HEADER.replace("source\n", "source,active\n")
                + "spent-grain,animal-feed,0.25,,,false,a,a,x,false\n"
                + "spent-grain,concentrate-feed,0.25,,,false,a,a,x,false\n";
        assertThat(fit(accepts(FixtureAccess.of().offer("spent-grain").demand("animal-feed")), "animal-feed",
                "spent-grain")).as("shipped row").isPresent();
        assertThat(fit(accepts(FixtureAccess.of().offer("spent-grain").demand("animal-feed")
                .knowledge(SUBSTITUTIONS, off)), "animal-feed", "spent-grain")).isEmpty();
    }

    @Test
    void aResourceTravelsAsFarAsTheLongestRowOfItsMostSpecificFamilyInAnEnabledMode() {
        String reaches = "family,mode,max_km,source\nwood-waste,truck,30,a\nwood-waste,ship,300,b\n"
                + "sawdust,local,5,c\nsawdust,truck,20,d\n";
        Map<String, ResourceReach> byTruck = reaches(FixtureAccess.of().offer("sawdust").demand("wood-waste")
                .knowledge(REACHES, reaches));
        assertThat(byTruck.get("sawdust")).as("its own rows, the longest").extracting(ResourceReach::maxKm,
                ResourceReach::mode).containsExactly(20.0, "truck");
        assertThat(byTruck.get("wood-waste")).as("ship is not enabled by default").extracting(ResourceReach::maxKm)
                .isEqualTo(30.0);
        Map<String, ResourceReach> byShip = reaches(FixtureAccess.of().offer("sawdust").demand("wood-waste")
                .knowledge(REACHES, reaches).parameter("transport.modes", "truck,ship"));
        assertThat(byShip.get("wood-waste").maxKm()).isEqualTo(300.0);
    }

    @Test
    void aPairTravelsNoFartherThanEitherResource() {
        String reaches = "family,mode,max_km,source\nwood-waste,truck,30,a\nsawdust,truck,50,b\n";
        List<Accepts> all = accepts(FixtureAccess.of().offer("sawdust").demand("wood-waste")
                .knowledge(REACHES, reaches));
        assertThat(fit(all, "wood-waste", "sawdust")).hasValueSatisfying(a -> {
            assertThat(a.reachKm()).isEqualTo(30.0);
            assertThat(a.searchKm()).as("the index searches as far as the truck criterion's cap").isEqualTo(300.0);
        });
    }

    private static Map<String, ResourceReach> reaches(FixtureAccess f) {
        return PROBE.run(f.request(), CompatibilityStage.REACHES);
    }
}
