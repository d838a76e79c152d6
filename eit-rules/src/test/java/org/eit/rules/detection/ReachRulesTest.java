package org.eit.rules.detection;

import org.eit.core.api.Diagnostic;
import org.eit.core.api.RefusedPair;
import org.eit.core.api.Synergy;
import org.eit.core.model.Direction;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reach criteria: how far an exchange pays depends on what it moves and how much of it. Each synergy says which
 * criterion held; each pair out of reach is refused with the figures.
 */
class ReachRulesTest {
    private static Fixture apart(double km) {
        return new Fixture().actor("A", 0, "North").actor("B", km, "South");
    }

    private static Synergy held(Diagnostic d, String criterion) {
        assertThat(d.refused()).isEmpty();
        assertThat(d.synergies()).hasSize(1);
        Synergy s = d.synergies().get(0);
        assertThat(s.reachCriterion()).isEqualTo(criterion);
        assertThat(s.reach().text().en()).doesNotContain("{");
        assertThat(s.reach().text().fr()).doesNotContain("{");
        return s;
    }

    private static RefusedPair outOfReach(Diagnostic d, String rule) {
        assertThat(d.synergies()).isEmpty();
        assertThat(d.refused()).singleElement().satisfies(r -> assertThat(r.reasons())
                .extracting(j -> j.rule()).containsExactly(rule));
        return d.refused().get(0);
    }

    @Test
    void muchSteamTravelsFarAndLittleHeatDoesNot() {
        // 150 GWh of steam 3 km away: about 38 MWh per metre of pipe a year, far above the threshold.
        Synergy steam = held(apart(3).flow("F1", "A", Direction.OFFER, "steam", 150_000, 200.0, false)
                .flow("F2", "B", Direction.DEMAND, "steam", 150_000, 180.0, false).analyze(), "heat-density");
        assertThat(steam.reach().rule()).isEqualTo("Reach: heat by pipe while the linear heat density holds");
        assertThat(steam.reach().text().en()).contains("38.5 MWh per metre a year", "threshold of 3 MWh/m");
        assertThat(steam.reach().reference()).contains("Fonds Chaleur");
        // 108 MWh a year 0.7 km away: 0.12 MWh per metre, under the Fonds Chaleur's 1.5.
        RefusedPair small = outOfReach(apart(0.7)
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 108, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 500, 50.0, false).analyze(),
                "Reach: too little heat for the length of pipe");
        assertThat(small.reasons().get(0).text().en()).contains("0.12 MWh per metre", "under the threshold of 1.5");
    }

    @Test
    void theHeatDensityFollowsTheQuantityAtTheSameDistance() {
        Fixture enough = apart(1).flow("F1", "A", Direction.OFFER, "heat-low-temperature", 2500, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 2500, 50.0, false);
        held(enough.analyze(), "heat-density");
        Fixture tooLittle = apart(1).flow("F1", "A", Direction.OFFER, "heat-low-temperature", 1500, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 2500, 50.0, false);
        outOfReach(tooLittle.analyze(), "Reach: too little heat for the length of pipe");
        Fixture denser = apart(1).flow("F1", "A", Direction.OFFER, "heat-low-temperature", 1500, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 2500, 50.0, false)
                .parameter("reach.detour-factor", "1");
        held(denser.analyze(), "heat-density");
    }

    @Test
    void aTruckedMaterialTravelsWhileItsSavingPaysForTheTransport() {
        // The receiver pays 20 EUR/t today; a truck costs 0.113 EUR/t.km (transport.csv): about 177 km of route.
        Fixture near = apart(100).offer("F1", "A", "sawdust", 500).demand("F2", "B", "sawdust", 400).cost("F2", 20);
        Synergy s = held(near.analyze(), "transport-cost");
        assertThat(s.reach().rule()).isEqualTo("Reach: the saving pays for the transport");
        assertThat(s.reach().text().en()).contains("transport costs 14.7 €/t", "saves 20 €/t");
        Fixture far = apart(150).offer("F1", "A", "sawdust", 500).demand("F2", "B", "sawdust", 400).cost("F2", 20);
        RefusedPair r = outOfReach(far.analyze(), "Reach: the transport costs more than the exchange saves");
        assertThat(r.reasons().get(0).text().en()).contains("would cost 22", "(20");
        // What the supplier pays today to get rid of it counts too.
        Fixture both = apart(150).offer("F1", "A", "sawdust", 500).demand("F2", "B", "sawdust", 400)
                .cost("F2", 20).cost("F1", 15);
        held(both.analyze(), "transport-cost");
    }

    @Test
    void withoutPricesTheUsualDistanceDecides() {
        String reaches = "family,mode,max_km,source\nfly-ash,truck,40,test\n";
        Synergy within = held(apart(30).offer("F1", "A", "fly-ash", 100).demand("F2", "B", "fly-ash", 100)
                .knowledge("knowledge/reaches.csv", reaches).analyze(), "fixed-reach");
        assertThat(within.reach().text().en()).contains("within the usual distance of 40 km");
        RefusedPair beyond = outOfReach(apart(50).offer("F1", "A", "fly-ash", 100).demand("F2", "B", "fly-ash", 100)
                .knowledge("knowledge/reaches.csv", reaches).analyze(), "Reach: farther than the usual distance");
        assertThat(beyond.reasons().get(0).text().en()).contains("beyond the usual distance of 40 km",
                "for want of the quantities or prices");
    }
}
