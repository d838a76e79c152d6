package org.eit.rules.allocation;

import java.util.List;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FlowBalance;
import org.eit.core.api.Synergy;
import org.eit.core.model.Attribute;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How offers and needs are shared out: what is retained, what is an alternative and why. */
class AllocationTest {
    private static FlowBalance balance(Diagnostic d, String flow) {
        return d.flows().stream().filter(f -> f.id().equals(flow)).findFirst().orElseThrow();
    }

    private static Synergy between(List<Synergy> synergies, String offer, String demand) {
        return synergies.stream().filter(s -> s.flows().equals(List.of(offer, demand))).findFirst().orElseThrow();
    }

    @Test
    void anOfferTooSmallForTwoNeedsGoesToTheNearestFirstAndTheRestToTheNext() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South").actor("C", 3, "East")
                .offer("F1", "A", "sawdust", 150).demand("F2", "B", "sawdust", 100).demand("F3", "C", "sawdust", 100)
                .analyze();
        Synergy near = between(d.synergies(), "F1", "F2");
        assertThat(near.allocation().quantity()).isEqualTo(100.0);
        assertThat(near.allocation().needShare()).isEqualTo(1.0);
        Synergy next = between(d.synergies(), "F1", "F3");
        assertThat(next.quantity()).as("what the pair could take").isEqualTo(100.0);
        assertThat(next.allocation().quantity()).as("what is left of the offer").isEqualTo(50.0);
        assertThat(next.allocation().reason().en()).isEqualTo("Retained for 50 t of 100 t: the rest of the offer "
                + "goes to " + near.id() + ".");
        assertThat(balance(d, "F1").allocated()).isEqualTo(150.0);
        assertThat(balance(d, "F1").retained()).isEqualTo(2);
    }

    @Test
    void aNeedAlreadyCoveredMakesTheFartherOfferAnAlternative() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South").actor("C", 5, "East")
                .offer("F1", "A", "sawdust", 200).offer("F3", "C", "sawdust", 200).demand("F2", "B", "sawdust", 100)
                .analyze();
        Synergy retained = between(d.synergies(), "F1", "F2");
        assertThat(d.alternatives()).singleElement().satisfies(s -> {
            assertThat(s.flows()).containsExactly("F3", "F2");
            assertThat(s.allocation().retained()).isFalse();
            assertThat(s.allocation().quantity()).isZero();
            assertThat(s.allocation().competing()).containsExactly(retained.id());
            assertThat(s.allocation().reason().en()).isEqualTo("The need is already covered by " + retained.id() + ".");
            assertThat(s.allocation().reason().fr()).isEqualTo("Le besoin est déjà couvert par " + retained.id() + ".");
        });
        assertThat(balance(d, "F3").allocated()).isZero();
    }

    @Test
    void anExchangeThatExistsTodayIsMarkedAndServedFirst() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South").actor("C", 9, "East")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100).demand("F3", "C", "sawdust", 100)
                .attribute("F1", Attribute.CURRENT_PARTNER, "C").analyze();
        Synergy existing = between(d.synergies(), "F1", "F3");
        assertThat(existing.existing()).isTrue();
        assertThat(existing.allocation().quantity()).isEqualTo(100.0);
        assertThat(between(d.alternatives(), "F1", "F2").existing()).isFalse();
    }

    @Test
    void unsoldFoodGoesToAFoodBankBeforeADigesterEvenFartherAway() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South").actor("C", 8, "East")
                .offer("F1", "A", "off-spec-food", 50).demand("F2", "B", "methanisation-feedstock", 1000)
                .demand("F3", "C", "food-donations", 50).analyze();
        Synergy donation = between(d.synergies(), "F1", "F3");
        assertThat(donation.allocation().quantity()).isEqualTo(50.0);
        assertThat(between(d.alternatives(), "F1", "F2").allocation().reason().en())
                .isEqualTo("The offer is already used by " + donation.id() + ".");
    }

    @Test
    void aPairWithoutAQuantityIsALeadToSizeCountedNowhere() {
        Diagnostic d = new Fixture().actor("A", 0, "North").actor("B", 1, "South").actor("C", 3, "East")
                .offer("F1", "A", "sawdust", 1).unsized("F1").demand("F2", "B", "sawdust", 100)
                .demand("F3", "C", "sawdust", 100).analyze();
        assertThat(d.synergies()).hasSize(2).allSatisfy(s -> {
            assertThat(s.allocation().retained()).isTrue();
            assertThat(s.allocation().quantity()).isNull();
            assertThat(s.allocation().reason().en()).startsWith("Not sized: a flow has no quantity yet");
        });
        assertThat(balance(d, "F2").allocated()).isZero();
    }

    @Test
    void groupsSharingANeedAreNotSharedOut() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.2, "Park").actor("C", 0.4, "Park")
                .demand("F1", "A", "cardboard-collection", 12).demand("F2", "B", "cardboard-collection", 12)
                .demand("F3", "C", "cardboard-collection", 12).analyze();
        assertThat(d.synergies()).singleElement().satisfies(s -> {
            assertThat(s.allocation()).isNull();
            assertThat(s.retained()).isTrue();
        });
    }

    @Test
    void eachFlowListsItsBestAlternativesAndTheOthersAreCounted() {
        // One need, covered by the nearest of six offers: five alternatives, of which the need lists the nearest two.
        Fixture f = new Fixture().actor("B", 0, "Centre").demand("D", "B", "sawdust", 100)
                .parameter("allocation.alternatives-per-flow", "2");
        for (int i = 1; i <= 6; i++) {
            f.actor("A" + i, i, "Zone " + i).offer("O" + i, "A" + i, "sawdust", 200);
        }
        Diagnostic d = f.analyze();
        assertThat(between(d.synergies(), "O1", "D").allocation().quantity()).isEqualTo(100.0);
        // Each offer is also a flow with no alternative listed yet: every alternative is some offer's first.
        assertThat(d.alternatives()).hasSize(5);
        assertThat(d.alternativesNotListed()).isZero();

        Fixture one = new Fixture().actor("B", 0, "Centre").actor("A", 1, "North")
                .demand("D1", "B", "sawdust", 100).demand("D2", "B", "sawdust", 100).demand("D3", "B", "sawdust", 100)
                .offer("O1", "A", "sawdust", 100).offer("O2", "A", "sawdust", 100).offer("O3", "A", "sawdust", 100)
                .parameter("allocation.alternatives-per-flow", "1");
        Diagnostic capped = one.analyze();
        // Three offers and three needs of the same two actors: three retained pairs, six alternatives; each flow
        // lists one, so some alternatives are only counted.
        assertThat(capped.synergies()).hasSize(3);
        assertThat(capped.alternatives().size() + capped.alternativesNotListed()).isEqualTo(6);
        assertThat(capped.alternativesNotListed()).isPositive();
        for (String flow : List.of("O1", "O2", "O3", "D1", "D2", "D3")) {
            assertThat(capped.alternatives().stream().filter(s -> s.flows().contains(flow)))
                    .as("alternatives listed for %s", flow).isNotEmpty();
        }
    }

    @Test
    void aSentenceNamesFiveCompetingSynergiesAndCountsTheOthers() {
        // One offer of 100 t taken whole by seven needs nearer than the eighth: the eighth's reason names five.
        Fixture f = new Fixture().actor("A", 0, "Centre").offer("O", "A", "sawdust", 700);
        for (int i = 1; i <= 8; i++) {
            f.actor("B" + i, i, "Zone " + i).demand("D" + i, "B" + i, "sawdust", 100);
        }
        Diagnostic d = f.parameter("matching.candidates-per-flow", "8").analyze();
        Synergy last = between(d.alternatives(), "O", "D8");
        assertThat(last.allocation().competing()).hasSize(7);
        assertThat(last.allocation().reason().en()).startsWith("The offer is already used by ")
                .endsWith(" and 2 others.");
        assertThat(last.allocation().reason().fr()).endsWith(" et 2 autres.");
    }
}
