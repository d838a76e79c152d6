package org.eit.rules.detection;

import java.util.List;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Justification;
import org.eit.core.api.RefusedPair;
import org.eit.core.api.Synergy;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Attribute;
import org.eit.core.model.Direction;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule of feasibility: given these flows and attributes, the pair is refused with this reason (or
 * carries this condition); and the near case that passes, so that no rule refuses everything.
 */
class FeasibilityRulesTest {
    private static final String SUBSTITUTIONS = "knowledge/substitutions.csv";
    private static final String HEADER = "offered,demanded,ratio,min_temperature_c,max_temperature_c,hazardous_allowed,"
            + "preparation_fr,preparation_en,source\n";

    /** Two actors 2 km apart in different zones: A offers, B demands. */
    private static Fixture pair() {
        return new Fixture().actor("A", 0, "North").actor("B", 2, "South");
    }

    private static RefusedPair refused(Diagnostic d) {
        assertThat(d.synergies()).as("no synergy").isEmpty();
        assertThat(d.refused()).hasSize(1);
        return d.refused().get(0);
    }

    private static List<String> rules(List<Justification> reasons) {
        return reasons.stream().map(Justification::rule).toList();
    }

    private static void refusedBy(Diagnostic d, String rule, String... inSentence) {
        RefusedPair pair = refused(d);
        assertThat(rules(pair.reasons())).contains(rule);
        Justification reason = pair.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(reason.text().en()).contains(inSentence);
        assertThat(reason.text().fr()).isNotBlank().doesNotContain("{");
    }

    private static Synergy proposed(Diagnostic d) {
        assertThat(d.refused()).as("nothing refused").isEmpty();
        assertThat(d.synergies()).hasSize(1);
        return d.synergies().get(0);
    }

    @Test
    void hazardousWasteGoesOnlyWhereTheReceiverMayTakeIt() {
        Diagnostic d = pair().flow("F1", "A", Direction.OFFER, "sawdust", 100, null, true)
                .demand("F2", "B", "sawdust", 100).analyze();
        refusedBy(d, "Feasibility: hazardous waste only where the receiver may take it", "hazardous waste");
        Diagnostic allowed = pair().flow("F1", "A", Direction.OFFER, "sawdust", 100, null, true)
                .demand("F2", "B", "wood-fuel-chips", 100)
                .knowledge(SUBSTITUTIONS, HEADER + "sawdust,wood-fuel-chips,0.7,,,true,séchage,drying,test\n")
                .analyze();
        assertThat(proposed(allowed).relation()).isEqualTo("substitution");
    }

    @Test
    void woodWetterThanTheBoilerAcceptsIsRefused() {
        Diagnostic wet = pair().offer("F1", "A", "wood-fuel-chips", 500).demand("F2", "B", "wood-fuel-chips", 400)
                .attribute("F1", Attribute.MOISTURE_PCT, "50").attribute("F2", Attribute.MOISTURE_PCT, "35")
                .analyze();
        refusedBy(wet, "Feasibility: wetter than the receiver accepts", "holds 50 % water", "accepts 35 % at most");
        Diagnostic dry = pair().offer("F1", "A", "wood-fuel-chips", 500).demand("F2", "B", "wood-fuel-chips", 400)
                .attribute("F1", Attribute.MOISTURE_PCT, "30").attribute("F2", Attribute.MOISTURE_PCT, "35")
                .analyze();
        proposed(dry);
    }

    @Test
    void differentGradesOfOnePolymerAreRefused() {
        Diagnostic d = pair().offer("F1", "A", "plastic-production-scrap", 40).demand("F2", "B", "plastic-production-scrap", 40)
                .attribute("F1", Attribute.GRADE, "PP homopolymère").attribute("F2", Attribute.GRADE, "PP copolymer")
                .analyze();
        refusedBy(d, "Feasibility: the grades differ", "PP homopolymère", "PP copolymer");
        Diagnostic same = pair().offer("F1", "A", "plastic-production-scrap", 40).demand("F2", "B", "plastic-production-scrap", 40)
                .attribute("F1", Attribute.GRADE, "PP Homopolymère").attribute("F2", Attribute.GRADE, "pp homopolymere")
                .analyze();
        proposed(same);
    }

    @Test
    void heatAvailableInNoMonthOfTheNeedIsRefusedAndASeasonalNeedIsCountedForItsMonths() {
        Diagnostic winter = pair().flow("F1", "A", Direction.OFFER, "heat-low-temperature", 20000, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 6000, 50.0, false)
                .attribute("F1", Attribute.MONTHS, "octobre-mars").attribute("F2", Attribute.MONTHS, "juin-août")
                .analyze();
        refusedBy(winter, "Feasibility: no month in common", "in none of the months");
        // A maize dryer running three months a year takes at most a quarter of a year-round offer.
        Synergy dryer = proposed(pair().flow("F1", "A", Direction.OFFER, "heat-low-temperature", 20000, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 6000, 50.0, false)
                .attribute("F2", Attribute.MONTHS, "7-9").analyze());
        assertThat(dryer.quantity()).isEqualTo(5000.0);
        assertThat(dryer.quantityBasis()).contains("over 3 of its 12 months");
    }

    @Test
    void truckCapacityGoingTheOtherWayIsRefused() {
        Diagnostic d = pair().offer("F1", "A", "shared-truck-capacity", 40).demand("F2", "B", "shared-truck-capacity", 40)
                .attribute("F1", Attribute.ROUTE, "Lyon > Vallée").attribute("F2", Attribute.ROUTE, "Vallée > Lyon")
                .analyze();
        refusedBy(d, "Feasibility: logistics capacity in the other direction", "runs from Lyon to Vallée");
        Diagnostic sameWay = pair().offer("F1", "A", "shared-truck-capacity", 40)
                .demand("F2", "B", "shared-truck-capacity", 40)
                .attribute("F1", Attribute.ROUTE, "Lyon > Vallée").attribute("F2", Attribute.ROUTE, "lyon>vallee")
                .analyze();
        assertThat(proposed(sameWay).relation()).isEqualTo("shared-capacity");
    }

    @Test
    void tooLittleHeatPowerForAPipeIsRefused() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 0.2, "South")
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 100, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 100, 50.0, false)
                .attribute("F1", Attribute.POWER_KW, "12").analyze();
        refusedBy(d, "Feasibility: too little heat power to be worth a pipe", "12 kW", "below 50 kW");
    }

    @Test
    void heatReplacesAFuelOnlyWhereTheFuelMakesProcessHeatHotEnough() {
        Fixture base = new Fixture().actor("A", 0, "North").actor("B", 0.5, "South");
        Diagnostic undeclared = base.flow("F1", "A", Direction.OFFER, "steam", 8000, 180.0, false)
                .demand("F2", "B", "natural-gas", 6000).analyze();
        refusedBy(undeclared, "Feasibility: heat replaces a fuel only where the fuel makes process heat",
                "temperature_c");
        Diagnostic tooHot = new Fixture().actor("A", 0, "North").actor("B", 0.5, "South")
                .flow("F1", "A", Direction.OFFER, "steam", 8000, 180.0, false)
                .flow("F2", "B", Direction.DEMAND, "natural-gas", 6000, 250.0, false).analyze();
        refusedBy(tooHot, "Feasibility: heat for a process hotter than the heat offered", "180 °C", "250 °C");
        Synergy dryer = proposed(new Fixture().actor("A", 0, "North").actor("B", 0.5, "South")
                .flow("F1", "A", Direction.OFFER, "steam", 8000, 180.0, false)
                .flow("F2", "B", Direction.DEMAND, "natural-gas", 6000, 120.0, false).analyze());
        assertThat(dryer.relation()).isEqualTo("substitution");
        assertThat(dryer.quantity()).as("8000 MWh of steam replace 8880 MWh of gas; the need is 6000")
                .isEqualTo(6000.0);
    }

    @Test
    void category1AnimalByProductsNeverGoToADigester() {
        Diagnostic d = pair().offer("F1", "A", "animal-by-products", 100)
                .demand("F2", "B", "methanisation-feedstock", 1000)
                .attribute("F1", Attribute.ABP_CATEGORY, "1").analyze();
        refusedBy(d, "Feasibility: animal by-products of this category may not go to this use", "category 1",
                "biogas", "1069/2009 art. 12");
        Synergy category3 = proposed(pair().offer("F1", "A", "animal-by-products", 100)
                .demand("F2", "B", "methanisation-feedstock", 1000)
                .attribute("F1", Attribute.ABP_CATEGORY, "3").analyze());
        assertThat(rules(category3.conditions())).contains(
                "Feasibility: animal by-products of this category go to this use on a condition",
                "Feasibility: the plant's approval to check");
        assertThat(category3.conditions().get(0).text().en()).contains("pasteurisation (70 °C for 60 min");
    }

    @Test
    void aDigesterApprovedForCategory3OnlyRefusesCategory2() {
        Diagnostic d = pair().offer("F1", "A", "animal-by-products", 100)
                .demand("F2", "B", "methanisation-feedstock", 1000)
                .attribute("F1", Attribute.ABP_CATEGORY, "2").actorAttribute("B", Attribute.ABP_APPROVED, "3")
                .analyze();
        refusedBy(d, "Feasibility: a plant not approved for this category", "approved for category 3 animal by-products only",
                "category 2");
        Synergy approved = proposed(pair().offer("F1", "A", "animal-by-products", 100)
                .demand("F2", "B", "methanisation-feedstock", 1000)
                .attribute("F1", Attribute.ABP_CATEGORY, "2").actorAttribute("B", Attribute.ABP_APPROVED, "2, 3")
                .analyze());
        assertThat(approved.conditions()).extracting(c -> c.text().en())
                .anySatisfy(text -> assertThat(text).contains("pressure sterilisation"));
    }

    @Test
    void aFlowWithoutItsOwnCategoryTakesItsResourcesUsualOne() {
        // Slaughterhouse blood is category 3 (art. 10): a digester approved for category 2 only refuses it.
        Diagnostic d = pair().offer("F1", "A", "blood", 100).demand("F2", "B", "methanisation-feedstock", 1000)
                .actorAttribute("B", Attribute.ABP_APPROVED, "2")
                .knowledge(SUBSTITUTIONS, HEADER + "blood,methanisation-feedstock,0.3,,,false,a,a,test\n").analyze();
        refusedBy(d, "Feasibility: a plant not approved for this category", "category 3");
    }

    @Test
    void bovineBloodMayNotFeedPoultryButPigBloodMayOnACondition() {
        Diagnostic bovine = pair().offer("F1", "A", "blood", 100).demand("F2", "B", "animal-feed", 500)
                .attribute("F1", Attribute.SPECIES, "bovins").attribute("F2", Attribute.SPECIES, "volailles")
                .analyze();
        refusedBy(bovine, "Feasibility: banned as feed for these animals", "may not feed poultry",
                "999/2001 annex IV (blood of ruminants");
        Synergy pig = proposed(pair().offer("F1", "A", "blood", 100).demand("F2", "B", "animal-feed", 500)
                .attribute("F1", Attribute.SPECIES, "porc").attribute("F2", Attribute.SPECIES, "poulets")
                .analyze());
        assertThat(rules(pig.conditions())).contains("Feasibility: feed for these animals on a condition");
    }

    @Test
    void noAnimalIsFedOnItsOwnSpecies() {
        Diagnostic d = pair().offer("F1", "A", "processed-animal-protein", 100).demand("F2", "B", "animal-feed", 500)
                .attribute("F1", Attribute.SPECIES, "porcine").attribute("F2", Attribute.SPECIES, "pigs")
                .knowledge(SUBSTITUTIONS, HEADER + "processed-animal-protein,animal-feed,1,,,false,a,a,test\n")
                .analyze();
        refusedBy(d, "Feasibility: no animal fed on its own species", "intra-species");
    }

    @Test
    void feedWithoutSayingForWhichAnimalsCarriesTheQuestion() {
        Synergy s = proposed(pair().offer("F1", "A", "blood", 100).demand("F2", "B", "animal-feed", 500)
                .attribute("F1", Attribute.SPECIES, "porc").analyze());
        assertThat(rules(s.conditions())).contains("Feasibility: which species, to apply the feed rules");
    }

    @Test
    void aCertifiedOrganicFarmRefusesSewageSludge() {
        Diagnostic d = new Fixture().actor("A", ActorKind.UTILITY, 0, "North").actor("B", ActorKind.FARM, 2, "South")
                .offer("F1", "A", "sewage-sludge", 500).demand("F2", "B", "organic-fertilisers", 300)
                .actorAttribute("B", Attribute.ORGANIC, "oui").analyze();
        refusedBy(d, "Feasibility: refused by organic farming", "certified organic", "2021/1165");
        proposed(new Fixture().actor("A", ActorKind.UTILITY, 0, "North").actor("B", ActorKind.FARM, 2, "South")
                .offer("F1", "A", "sewage-sludge", 500).demand("F2", "B", "organic-fertilisers", 300).analyze());
    }

    @Test
    void sewageSludgeGoesOnlyToADigesterThatTakesItAndNeverLimed() {
        String row = HEADER + "sewage-sludge,methanisation-feedstock,0.5,,,false,a,a,test\n";
        Diagnostic farmDigester = pair().offer("F1", "A", "sewage-sludge", 500)
                .demand("F2", "B", "methanisation-feedstock", 3000).knowledge(SUBSTITUTIONS, row).analyze();
        refusedBy(farmDigester, "Feasibility: sewage sludge only where the digester or compost site takes it",
                "sewage-sludge rules");
        Diagnostic limed = pair().offer("F1", "A", "sewage-sludge", 500)
                .demand("F2", "B", "methanisation-feedstock", 3000).knowledge(SUBSTITUTIONS, row)
                .attribute("F1", Attribute.TREATMENT, "chaulées").actorAttribute("B", Attribute.ACCEPTS_SEWAGE_SLUDGE, "yes")
                .analyze();
        refusedBy(limed, "Feasibility: limed sludge has little methane left", "limed");
        proposed(pair().offer("F1", "A", "sewage-sludge", 500).demand("F2", "B", "methanisation-feedstock", 3000)
                .knowledge(SUBSTITUTIONS, row).actorAttribute("B", Attribute.ACCEPTS_SEWAGE_SLUDGE, "yes")
                .analyze());
    }

    @Test
    void wasteBecomingAProductCarriesItsPermitOrEndOfWasteCondition() {
        Synergy s = proposed(pair().offer("F1", "A", "sawdust", 800).demand("F2", "B", "wood-panels", 300)
                .knowledge(SUBSTITUTIONS, HEADER + "sawdust,wood-panels,0.9,,,false,a,a,test\n").analyze());
        assertThat(rules(s.conditions())).contains(
                "Feasibility: waste becomes a product through a permit or an end-of-waste status");
        assertThat(s.conditions().get(0).reference()).contains("2008/98/EC");
    }

    @Test
    void everyRefusalKeepsEveryReasonAndAFlowGoesOnToAnotherPartner() {
        // Too wet AND a grade apart: both reasons are kept; the nearer dry partner gets the offer.
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South").actor("C", 5, "East")
                .offer("F1", "A", "wood-fuel-chips", 500).demand("F2", "B", "wood-fuel-chips", 400)
                .demand("F3", "C", "wood-fuel-chips", 400)
                .attribute("F1", Attribute.MOISTURE_PCT, "50").attribute("F1", Attribute.GRADE, "P16")
                .attribute("F2", Attribute.MOISTURE_PCT, "35").attribute("F2", Attribute.GRADE, "P45")
                .analyze();
        assertThat(d.refused()).singleElement().satisfies(r -> {
            assertThat(r.demandFlow()).isEqualTo("F2");
            assertThat(rules(r.reasons())).containsExactly("Feasibility: the grades differ",
                    "Feasibility: wetter than the receiver accepts");
        });
        assertThat(d.synergies()).singleElement().satisfies(s -> assertThat(s.flows()).containsExactly("F1", "F3"));
    }
}
