package org.eit.rules.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FlowBalance;
import org.eit.core.api.Synergy;
import org.eit.core.model.Direction;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On generated territories (offers and needs of a few interchangeable resources, of any size, anywhere within a few
 * km), the retained synergies never use an offer beyond its quantity nor cover a need beyond its own, whatever the
 * order, and the allocation is the same from one run to the next.
 */
class AllocationProperties {
    private static final List<String> RESOURCES = List.of("sawdust", "wood-shavings", "wood-waste", "bark");

    /** One flow: direction, resource, quantity, position in km. */
    private record Spec(boolean offer, String resource, double quantity, double km, String zone) {
    }

    private static final Gen<Spec> FLOW = Gen.of(true, false).flatMap(offer -> Gen.of(RESOURCES)
            .flatMap(resource -> Gen.doubles(1, 2000).flatMap(quantity -> Gen.doubles(0, 8)
                    .flatMap(km -> Gen.of("North", "South").map(zone -> new Spec(offer, resource, quantity, km,
                            zone))))));

    private static Fixture territory(List<Spec> specs) {
        Fixture f = new Fixture();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            f.actor("A" + i, s.km(), s.zone());
            f.flow("F" + i, "A" + i, s.offer() ? Direction.OFFER : Direction.DEMAND, s.resource(),
                    Math.rint(s.quantity()), null, false);
        }
        return f.parameter("matching.candidates-per-flow", "3");
    }

    @Test
    void theRetainedSynergiesNeverUseAFlowBeyondItsQuantity() {
        Property.forAll(60, FLOW.list(2, 14), specs -> {
            Diagnostic d = territory(specs).analyze();
            Map<String, Double> offerShares = new HashMap<>();
            Map<String, Double> needShares = new HashMap<>();
            for (Synergy s : d.synergies()) {
                if (s.allocation() != null && s.allocation().offerShare() != null) {
                    offerShares.merge(s.flows().get(0), s.allocation().offerShare(), Double::sum);
                    needShares.merge(s.flows().get(1), s.allocation().needShare(), Double::sum);
                }
            }
            // Shares are rounded to four digits: a flow may show 1.0001 used, never more.
            offerShares.forEach((flow, share) -> assertThat(share).as("offer " + flow).isLessThanOrEqualTo(1.0005));
            needShares.forEach((flow, share) -> assertThat(share).as("need " + flow).isLessThanOrEqualTo(1.0005));
            for (FlowBalance b : d.flows()) {
                assertThat(b.allocated()).as(b.id()).isLessThanOrEqualTo(b.quantity() * 1.0005);
            }
            for (Synergy s : d.alternatives()) {
                assertThat(s.allocation().quantity()).as(s.id()).isZero();
                assertThat(s.allocation().reason()).as(s.id()).isNotNull();
                assertThat(s.allocation().competing()).as(s.id()).isNotEmpty();
            }
        });
    }

    @Test
    void theAllocationIsTheSameFromOneRunToTheNext() {
        Property.forAll(20, FLOW.list(2, 12), specs -> {
            Fixture f = territory(specs);
            assertThat(f.analyze()).isEqualTo(f.analyze());
        });
    }
}
