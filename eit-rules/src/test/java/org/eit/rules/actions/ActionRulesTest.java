package org.eit.rules.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eit.core.api.Action;
import org.eit.core.api.Diagnostic;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Direction;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Each action rule, given the synergies or AFOM items it reads; the priority matrix; the governance rules and the
 * technical partners; the opportunity note.
 */
class ActionRulesTest {

    static List<Action> actions(Diagnostic d, String rule) {
        return d.actions().stream().filter(a -> a.rule().equals(rule)).toList();
    }

    static Action only(Diagnostic d, String rule) {
        List<Action> found = actions(d, rule);
        assertThat(found).as(rule + " in " + d.actions().stream().map(Action::rule).toList()).hasSize(1);
        Action a = found.get(0);
        assertThat(a.title().fr()).doesNotContain("{");
        assertThat(a.title().en()).doesNotContain("{");
        assertThat(a.indicator()).isNotNull();
        return a;
    }

    /** Every retained synergy is carried by exactly one action. */
    static void eachSynergyOnce(Diagnostic d) {
        List<String> carried = d.actions().stream().flatMap(a -> a.synergies().stream()).toList();
        assertThat(carried).doesNotHaveDuplicates();
        assertThat(carried).containsExactlyInAnyOrderElementsOf(d.synergies().stream()
                .filter(s -> !s.internal()).map(org.eit.core.api.Synergy::id).toList());
    }

    @Test
    void anExchangeReadyToStartIsAQuickWinLedByItsSupplier() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park")
                .offer("F1", "A", "sawdust", 2000).demand("F2", "B", "sawdust", 2000).cost("F2", 40).analyze();
        Action a = only(d, "An exchange ready to start");
        assertThat(a.type()).isEqualTo("quick-win");
        assertThat(a.horizon()).isEqualTo("short");
        assertThat(a.lead()).isEqualTo("A");
        assertThat(a.partners()).containsExactly("B");
        assertThat(a.priority()).isEqualTo(1);
        assertThat(a.gains().find("net")).isPresent();
        eachSynergyOnce(d);
    }

    @Test
    void anExchangeUnderARegulatoryConditionIsAStudyWithTheStatesServices() {
        // Brewers' spent grain fed to a farm's animals: the brewery, a food business, registers as a feed business.
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", ActorKind.FARM, 3, "Farms")
                .offer("F1", "A", "spent-grain", 400).demand("F2", "B", "animal-feed", 400).cost("F2", 200)
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> assertThat(s.conditions()).isNotEmpty());
        Action a = only(d, "An exchange under a regulatory condition");
        assertThat(a.type()).isEqualTo("study");
        assertThat(a.horizon()).isEqualTo("medium");
        assertThat(a.lead()).isEqualTo("A");
        assertThat(a.description().en()).contains("regulatory or technical condition");
        assertThat(d.governance().partners()).extracting(p -> p.id()).contains("ddpp");
    }

    @Test
    void thePriorityMatrixIsATable() {
        Fixture fixture = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park")
                .offer("F1", "A", "sawdust", 2000).demand("F2", "B", "sawdust", 2000).cost("F2", 40);
        String header = "gain,feasibility,priority,source\n";
        Diagnostic d = fixture.knowledge("knowledge/priority-matrix.csv", header + "high,easy,3,committee\n"
                + "medium,easy,3,committee\n").analyze();
        assertThat(only(d, "An exchange ready to start").priority()).isEqualTo(3);
    }

    @Test
    void heatExchangesOfOneZoneBecomeOneHeatLoop() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.3, "Park").actor("C", 0.6, "Park")
                .actor("D", 0.9, "Park")
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 2500, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 2500, 50.0, false)
                .flow("F3", "C", Direction.OFFER, "heat-low-temperature", 2500, 60.0, false)
                .flow("F4", "D", Direction.DEMAND, "heat-low-temperature", 2500, 50.0, false)
                .cost("F2", 60).cost("F4", 60).analyze();
        Action loop = only(d, "One heat loop for the heat synergies of a zone");
        assertThat(loop.synergies()).hasSize(2);
        assertThat(loop.type()).isEqualTo("study");
        assertThat(loop.title().en()).startsWith("Study a heat loop in Park: 2 exchanges");
        assertThat(actions(d, "An exchange through a pipe")).isEmpty();
        eachSynergyOnce(d);
    }

    @Test
    void aSinglePipedExchangeIsAnInvestment() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.3, "Park")
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 2500, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 2500, 50.0, false).cost("F2", 60)
                .analyze();
        Action a = only(d, "An exchange through a pipe");
        assertThat(a.type()).isEqualTo("investment");
        assertThat(a.lead()).isEqualTo("A");
    }

    @Test
    void threeSuppliersOfOneTakerShareOneCollection() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.3, "Park").actor("C", 0.6, "Park")
                .actor("T", 1, "Park")
                .offer("F1", "A", "sawdust", 500).offer("F2", "B", "sawdust", 500).offer("F3", "C", "sawdust", 500)
                .demand("F4", "T", "sawdust", 2000).cost("F4", 40).analyze();
        Action a = only(d, "One collection round for the suppliers of one taker");
        assertThat(a.synergies()).hasSize(3);
        assertThat(a.lead()).isEqualTo("T");
        assertThat(a.partners()).containsExactly("A", "B", "C");
        eachSynergyOnce(d);
    }

    @Test
    void aTakerOfManySuppliersGetsOneCollectionRoundForAll() {
        Fixture fixture = new Fixture().actor("T", 0, "Park").demand("D", "T", "sawdust", 100_000).cost("D", 40);
        for (int i = 0; i < 60; i++) {
            fixture.actor(String.format("A%02d", i), 0.01 * (i + 1), "Park")
                    .offer(String.format("F%02d", i), String.format("A%02d", i), "sawdust", 500);
        }
        Diagnostic d = fixture.analyze();
        Action a = only(d, "One collection round for the suppliers of one taker");
        assertThat(a.synergies()).hasSize(60);
        assertThat(a.lead()).isEqualTo("T");
        // The description names the first twenty; the action lists all sixty.
        assertThat(a.description().en()).startsWith("Carries 60 synergies; the first 20 by id: "
                + String.join(", ", a.synergies().subList(0, 20)) + " (all are listed");
        assertThat(a.description().fr()).startsWith("Porte 60 synergies ; les 20 premières par identifiant : ");
        assertThat(actions(d, "An exchange ready to start")).isEmpty();
        eachSynergyOnce(d);
    }

    @Test
    void groupsAreNamedOnceEachInAStableOrder() {
        SynergyFact ab = pair("S-1", "A", "B", "sawdust", "Park");
        SynergyFact cb = pair("S-2", "C", "B", "sawdust", null);
        SynergyFact shared = new SynergyFact("P-1", org.eit.core.api.SynergyKind.POOLING, "truck", null, null, false,
                "A", "C", List.of("A", "C"), "Park", null, null, null, 0, false, false, 0, false, null, null);
        SynergyFact themed = new SynergyFact("P-2", org.eit.core.api.SynergyKind.POOLING, "waste", null,
                "shared-waste-collection", false, null, null, List.of("A", "B", "C"), null, null, null, null, 0, false,
                false, 0, false, null, null);
        assertThat(ActionsStage.groupKeys(List.of(themed, cb, shared, ab, cb))).containsExactly(
                new Zone("Park"), new Theme("shared-waste-collection"),
                new Partner(Partner.OWNER, "A", "truck"),
                new Partner(Partner.SUPPLIER, "A", "sawdust"), new Partner(Partner.SUPPLIER, "C", "sawdust"),
                new Partner(Partner.TAKER, "B", "sawdust"));
    }

    private static SynergyFact pair(String id, String supplier, String taker, String resource, String zone) {
        return new SynergyFact(id, org.eit.core.api.SynergyKind.SUBSTITUTION, resource, null, null, false, supplier,
                taker, List.of(supplier, taker), zone, "truck", null, null, 0, false, false, 0, false, null, null);
    }

    @Test
    void oneSupplierOfThreeTakersOrganisesOneDistribution() {
        Diagnostic d = new Fixture().actor("S", 0, "Park").actor("B", 0.3, "Park").actor("C", 0.6, "Park")
                .actor("D", 1, "Park")
                .offer("F1", "S", "sawdust", 3000).demand("F2", "B", "sawdust", 500).demand("F3", "C", "sawdust", 500)
                .demand("F4", "D", "sawdust", 500).cost("F2", 40).cost("F3", 40).cost("F4", 40).analyze();
        Action a = only(d, "One distribution round for the takers of one supplier");
        assertThat(a.synergies()).hasSize(3);
        assertThat(a.lead()).isEqualTo("S");
        eachSynergyOnce(d);
    }

    @Test
    void estimatedSynergiesAreConfirmedBeforeAnythingElse() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park")
                .offer("F1", "A", "sawdust", 2000).demand("F2", "B", "sawdust", 2000).cost("F2", 40)
                .estimated("F1").analyze();
        Action a = only(d, "Confirm the estimated synergies in interviews");
        assertThat(a.type()).isEqualTo("facilitation");
        assertThat(a.synergies()).hasSize(1);
        assertThat(actions(d, "An exchange ready to start")).isEmpty();
    }

    @Test
    void synergiesThatDoNotPayAreReExamined() {
        // 5 t of sawdust 20 km away: the transaction cost alone exceeds what it saves.
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 20, "Town")
                .offer("F1", "A", "sawdust", 5).demand("F2", "B", "sawdust", 5).analyze();
        Action a = only(d, "Re-examine the synergies that do not pay as they stand");
        assertThat(a.synergies()).hasSize(1);
        assertThat(a.priority()).isEqualTo(3);
    }

    @Test
    void aPoolingThemeGetsOneWorkshopAndAnIdleCapacityIsShared() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.3, "Park").actor("C", 0.6, "Park")
                .demand("F1", "A", "waste-collection", 10).demand("F2", "B", "waste-collection", 10)
                .demand("F3", "C", "waste-collection", 10)
                .offer("F4", "A", "forklift", 1).demand("F5", "B", "forklift", 1).analyze();
        assertThat(d.synergies()).extracting(s -> s.kind().id()).contains("pooling");
        Action workshop = only(d, "One pooling workshop per theme");
        assertThat(workshop.type()).isEqualTo("facilitation");
        assertThat(workshop.lead()).isNull();
        assertThat(workshop.partners()).containsExactly("A", "B", "C");
        Action share = only(d, "Share an idle capacity");
        assertThat(share.lead()).isEqualTo("A");
        eachSynergyOnce(d);
    }

    @Test
    void afomItemsCallForTheirActions() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park").actor("C", 1, "Park")
                .offer("F1", "A", "sawdust", 2000).demand("F2", "B", "sawdust", 2000).cost("F2", 40)
                .observation("O1", "A", "Worried about its image", "reluctant")
                .observation("O2", null, "A heat network is planned for the school", "heat-network")
                .observation("O3", null, "The region's call for projects", "funding")
                .observation("O4", "C", "The business club meets monthly", "business-club")
                .observation("O5", "B", "The group may move the plant", "closure")
                .analyze();
        assertThat(only(d, "Meet a reluctant key actor").partners()).containsExactly("A");
        assertThat(only(d, "Supply the planned heat network with surplus heat").type()).isEqualTo("study");
        assertThat(only(d, "Apply for the funding available").title().en())
                .isEqualTo("Prepare the funding application: “The region's call for projects”");
        assertThat(only(d, "Work through the existing network of firms").afom()).hasSize(1);
        assertThat(only(d, "Anticipate an actor's departure").title().en()).contains("B");
        // Enabling actions come first.
        assertThat(only(d, "Meet a reluctant key actor").priority()).isEqualTo(1);
    }

    @Test
    void afomIndicatorItemsCallForTheirActions() {
        String drl = "package mine.indicators;\nimport function org.eit.rules.indicators.Indicators.indicator;\n"
                + String.join("", List.of(
                        rule("flows.declared-share", 30), rule("network.top-actor-share", 80), rule("synergies.substitution", 9),
                        rule("offers.unused-heat", 5000), rule("offers.unused-tonnage", 5000),
                        rule("synergies.conditional-share", 80)));
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park")
                .offer("F1", "A", "sawdust", 2000).demand("F2", "B", "sawdust", 2000).cost("F2", 40)
                .rule("rules/mine.drl", drl).analyze();
        for (String rule : List.of("A second interview wave", "Secure the network's pivot actor",
                "Attract a heat user", "Seek outlets for the deposits left", "Meet the regulators early")) {
            Action a = only(d, rule);
            assertThat(a.afom()).hasSize(1);
            assertThat(a.synergies()).isEmpty();
        }
    }

    private static String rule(String id, double value) {
        return "rule \"set " + id + "\"\n @fr(\"x\")\n @en(\"x\")\nwhen\nthen\n insert( indicator( drools.getRule(), \""
                + id + "\", " + value + ", \"\", \"A\", \"test\" ) );\nend\n";
    }

    @Test
    void governanceFollowsTheProfileAndListsThePartnersTheSynergiesNeed() {
        Diagnostic publicLed = new Fixture().actor("P", ActorKind.PUBLIC_BODY, 0, "Town").actor("A", 0.5, "Park")
                .actor("B", 0.8, "Park")
                .offer("F1", "A", "sawdust", 2000).demand("F2", "B", "sawdust", 2000).cost("F2", 40).analyze();
        assertThat(publicLed.governance().form()).isEqualTo("public-led");
        assertThat(publicLed.governance().reasons()).extracting(r -> r.rule())
                .contains("Governance: a public body carries the study");
        assertThat(publicLed.governance().partners()).extracting(p -> p.id()).contains("ademe", "region", "cci")
                .doesNotContain("heat-fund", "ddpp");
        Diagnostic club = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park")
                .flow("F1", "A", Direction.OFFER, "heat-low-temperature", 2500, 60.0, false)
                .flow("F2", "B", Direction.DEMAND, "heat-low-temperature", 2500, 50.0, false).cost("F2", 60)
                .observation("O1", null, "A club of firms meets monthly", "business-club").analyze();
        assertThat(club.governance().form()).isEqualTo("business-club");
        assertThat(club.governance().partners()).filteredOn(p -> p.id().equals("heat-fund")).singleElement()
                .satisfies(p -> assertThat(p.synergies()).hasSize(1));
    }

    @Test
    void theOpportunityNoteWeighsTheGainsAgainstTheCost() {
        Fixture big = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park")
                .offer("F1", "A", "sawdust", 20000).demand("F2", "B", "sawdust", 20000).cost("F2", 40);
        Diagnostic d = big.analyze();
        assertThat(d.opportunity().worthIt()).isTrue();
        assertThat(d.opportunity().topActions()).hasSize(1);
        assertThat(d.opportunity().volunteers()).containsExactly("A");
        assertThat(d.opportunity().verdict().en()).startsWith("An EIT approach is worth it here");
        Diagnostic costly = big.parameter("approach.fte-cost-eur", "5000000").analyze();
        assertThat(costly.opportunity().worthIt()).isFalse();
        assertThat(costly.opportunity().verdict().fr()).startsWith("Une démarche d'EIT ne se finance pas encore");
    }
}
