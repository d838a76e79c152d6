package org.eit.rules.detection;

import org.eit.core.api.Diagnostic;
import org.eit.core.api.SynergyKind;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoolingRulesTest {
    private static final String THEMES = "knowledge/pooling-themes.csv";
    private static final String THEME = "id,family,label_fr,label_en,min_actors,radius_km,by_resource,source\n"
            + "shared-waste-collection,waste-collection,collecte des déchets,waste collection,3,5,false,test\n";

    @Test
    void threeActorsOfOneZoneNeedingCollectionFormOnePoolingSynergy() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "Park").actor("B", 0.2, "Park").actor("C", 0.4, "Park").actor("D", 0.5, "Park")
                .demand("F1", "A", "cardboard-collection", 52).demand("F2", "B", "cardboard-collection", 26)
                .demand("F3", "C", "plastic-film-collection", 12).demand("F4", "D", "cardboard-collection", 12)
                .knowledge(THEMES, THEME)
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SynergyKind.POOLING);
            assertThat(s.rule()).isEqualTo("Pooling: several actors near each other share a need");
            assertThat(s.relation()).isEqualTo("pooling-theme:shared-waste-collection");
            assertThat(s.actors()).containsExactly("A", "B", "C", "D");
            assertThat(s.flows()).containsExactly("F1", "F2", "F3", "F4");
            assertThat(s.quantity()).isEqualTo(102.0);
            assertThat(s.chertowType()).isEqualTo(3);
            assertThat(s.explanation().en()).isEqualTo("Pooling opportunity (waste collection): 4 actors in Park "
                    + "share this need, 102 u a year in all: Actor A, Actor B, Actor C, Actor D.");
            assertThat(s.id()).startsWith("P-");
        });
    }

    @Test
    void actorsOfDifferentZonesPoolWhenWithinTheRadius() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "North").actor("B", 3, "Middle").actor("C", 6, "South")
                .demand("F1", "A", "cardboard-collection", 10).demand("F2", "B", "cardboard-collection", 10)
                .demand("F3", "C", "cardboard-collection", 10)
                .knowledge(THEMES, THEME)
                .analyze();
        // A-B and B-C are within 5 km: one chain, one group, even though A and C are 6 km apart.
        assertThat(d.synergies()).singleElement().satisfies(s -> {
            assertThat(s.actors()).containsExactly("A", "B", "C");
            assertThat(s.distanceKm()).isCloseTo(6.0, org.assertj.core.api.Assertions.within(0.05));
            assertThat(s.chertowType()).isEqualTo(4);
        });
    }

    @Test
    void tooFewOrTooFarActorsDoNotPool() {
        Diagnostic tooFew = new Fixture().actor("A", 0, "Park").actor("B", 0.3, "Park")
                .demand("F1", "A", "cardboard-collection", 10).demand("F2", "B", "cardboard-collection", 10)
                .knowledge(THEMES, THEME).analyze();
        assertThat(tooFew.synergies()).isEmpty();
        Diagnostic tooFar = new Fixture().actor("A", 0, "North").actor("B", 10, "Middle").actor("C", 20, "South")
                .demand("F1", "A", "cardboard-collection", 10).demand("F2", "B", "cardboard-collection", 10)
                .demand("F3", "C", "cardboard-collection", 10)
                .knowledge(THEMES, THEME).analyze();
        assertThat(tooFar.synergies()).isEmpty();
        Diagnostic oneActorTwice = new Fixture().actor("A", 0, "Park").actor("B", 0.3, "Park")
                .demand("F1", "A", "cardboard-collection", 10).demand("F2", "A", "plastic-film-collection", 10)
                .demand("F3", "B", "cardboard-collection", 10)
                .knowledge(THEMES, THEME).analyze();
        assertThat(oneActorTwice.synergies()).isEmpty();
    }

    @Test
    void onlyActorsWithTheNeedLinkAChain() {
        // B sits between A and C but needs nothing: A and C, 8 km apart, do not pool through it.
        Diagnostic d = new Fixture()
                .actor("A", 0, "North").actor("B", 4, "Middle").actor("C", 8, "South").actor("E", 8.5, "South2")
                .demand("F1", "A", "cardboard-collection", 10).demand("F3", "C", "cardboard-collection", 10)
                .demand("F4", "E", "cardboard-collection", 10).demand("F2", "B", "sawdust", 10)
                .knowledge(THEMES, THEME.replace(",3,5,", ",2,5,"))
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> assertThat(s.actors()).containsExactly("C", "E"));
    }

    @Test
    void aThemePooledByResourceKeepsResourcesApart() {
        String byResource = THEME.replace(",3,5,false,", ",2,5,true,");
        Diagnostic d = new Fixture()
                .actor("A", 0, "Park").actor("B", 0.2, "Park").actor("C", 0.4, "Park").actor("D", 0.5, "Park")
                .demand("F1", "A", "cardboard-collection", 52).demand("F2", "B", "cardboard-collection", 26)
                .demand("F3", "C", "plastic-film-collection", 12).demand("F4", "D", "plastic-film-collection", 12)
                .knowledge(THEMES, byResource)
                .analyze();
        assertThat(d.synergies()).extracting(s -> s.flows()).containsExactlyInAnyOrder(
                java.util.List.of("F1", "F2"), java.util.List.of("F3", "F4"));
    }

    @Test
    void idleCapacityOnOfferMatchesANeighboursDemand() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 1, "Park")
                .offer("F1", "A", "forklift", 1).demand("F2", "B", "forklift", 1)
                .analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SynergyKind.POOLING);
            assertThat(s.rule()).isEqualTo("Pooling: idle capacity offered to a neighbour");
            assertThat(s.actors()).containsExactly("A", "B");
            assertThat(s.explanation().en()).startsWith("Actor A has spare capacity (forklift truck, 1 u) that Actor B");
        });
    }

    @Test
    void thePoolingPackCanBeSwitchedOff() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 1, "Park")
                .offer("F1", "A", "forklift", 1).demand("F2", "B", "forklift", 1)
                .parameter("packs.pooling", "false")
                .analyze();
        assertThat(d.synergies()).isEmpty();
        assertThat(d.rulePacks()).doesNotContain("pooling").contains("substitution", "network");
    }
}
