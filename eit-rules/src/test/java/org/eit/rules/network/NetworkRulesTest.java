package org.eit.rules.network;

import org.eit.core.api.Diagnostic;
import org.eit.core.api.Synergy;
import org.eit.core.model.ActorKind;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkRulesTest {

    @Test
    void chertowTypesFollowZonesAndDistance() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "Park").actor("B", 0.5, "Park").actor("C", 10, "Town").actor("D", 40, "Far")
                .offer("F1", "A", "sawdust", 100)
                .demand("F2", "B", "sawdust", 10).demand("F3", "C", "sawdust", 10).demand("F4", "D", "sawdust", 10)
                .analyze();
        assertThat(d.synergies()).extracting(s -> s.flows().get(1), Synergy::chertowType)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("F2", 3),
                        org.assertj.core.groups.Tuple.tuple("F3", 4),
                        org.assertj.core.groups.Tuple.tuple("F4", 5));
        Diagnostic wider = new Fixture()
                .actor("A", 0, "Park").actor("D", 40, "Far")
                .offer("F1", "A", "sawdust", 100).demand("F4", "D", "sawdust", 10)
                .parameter("network.local-radius-km", "50")
                .analyze();
        assertThat(wider.synergies().get(0).chertowType()).isEqualTo(4);
    }

    @Test
    void threeEntitiesExchangingTwoResourcesMeetTheThreeTwoHeuristic() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "Park").actor("B", 1, "Park").actor("C", 2, "Park")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100)
                .offer("F3", "B", "fly-ash", 100).demand("F4", "C", "fly-ash", 100)
                .analyze();
        assertThat(d.network().met()).isTrue();
        assertThat(d.network().entities()).containsExactly("A", "B", "C");
        assertThat(d.network().resources()).containsExactly("fly-ash", "sawdust");
        assertThat(d.network().explanation().en()).startsWith("Chertow's 3-2 heuristic holds: 3 entities");
    }

    @Test
    void recyclersDoNotCountTowardsTheHeuristic() {
        Diagnostic d = new Fixture()
                .actor("A", 0, "Park").actor("B", 1, "Park").actor("R", ActorKind.WASTE_OPERATOR, 2, "Park")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100)
                .offer("F3", "B", "fly-ash", 100).demand("F4", "R", "fly-ash", 100)
                .analyze();
        assertThat(d.synergies()).hasSize(2);
        assertThat(d.network().met()).isFalse();
        assertThat(d.network().entities()).containsExactly("A", "B");
        assertThat(d.network().explanation().fr()).startsWith("L'heuristique 3-2 de Chertow n'est pas encore");
    }
}
