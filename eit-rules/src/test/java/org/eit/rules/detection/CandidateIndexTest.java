package org.eit.rules.detection;

import java.util.List;
import java.util.Map;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.resource.ResourceKind;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.Offer;
import org.eit.rules.gains.Economics;
import org.eit.rules.gains.Prices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {
    private static final double KM = 1 / 111.2;
    private static final Accepts SAWDUST = accepts("sawdust", Accepts.SAME, 10);
    private static final Accepts BARK_FOR_SAWDUST_DEMAND = accepts("bark", Accepts.SUBSTITUTION, 5);
    private static final Economics.Inputs NO_PRICES = new Economics.Inputs(
            new Prices(List.of(), ResourceTaxonomy.shipped()), List.of(), List.of(), 1.3);

    private static Accepts accepts(String offered, String relation, double searchKm) {
        return new Accepts("sawdust", offered, relation, 1, "t", null, null, false, null,
                org.eit.rules.facts.PreparationOps.UNKNOWN, null, searchKm, "truck",
                searchKm, null, 1, null, "material");
    }

    private static FlowFact.Builder flow(String id, String actor, String resource, Double northKm, String zone) {
        return new FlowFact.Builder().flow(id, actor, actor, ActorKind.COMPANY, zone)
                .resource(resource, new LocalizedText(resource, resource), ResourceKind.WASTE, false)
                .quantity(100.0, "t", true).quality(null, DataSource.DECLARED, Confidence.MEDIUM)
                .place(northKm == null ? null : new GeoPoint(46 + northKm * KM, 3), false, Map.of());
    }

    private static List<String> offersOf(CandidateIndex.Result result, String demand) {
        return result.candidates().stream().filter(c -> c.getDemand().getId().equals(demand))
                .map(c -> c.getOffer().getId()).sorted().toList();
    }

    @Test
    void proposesTheOffersWithinTheSearchRadiusOfEachAcceptedResourceOnly() {
        Offer near = new Offer(flow("O1", "A", "sawdust", 9.5, null));
        Offer far = new Offer(flow("O2", "B", "sawdust", 10.5, null));
        Offer barkNear = new Offer(flow("O3", "C", "bark", 4.0, null));
        Offer barkBeyondThePairsRadius = new Offer(flow("O4", "E", "bark", 6.0, null));
        Offer otherResource = new Offer(flow("O5", "F", "fly-ash", 0.1, null));
        Demand demand = new Demand(flow("D1", "D", "sawdust", 0.0, null));
        CandidateIndex.Result result = CandidateIndex.candidates(List.of(near, far, barkNear,
                barkBeyondThePairsRadius, otherResource), List.of(demand), List.of(SAWDUST, BARK_FOR_SAWDUST_DEMAND),
                5, NO_PRICES);
        assertThat(offersOf(result, "D1")).containsExactly("O1", "O3");
        assertThat(result.beyondByFlow()).isEmpty();
    }

    @Test
    void eachFlowGetsItsNearestPartnersAndCountsTheOthers() {
        List<Offer> offers = List.of(new Offer(flow("O1", "A", "sawdust", 1.0, null)),
                new Offer(flow("O2", "B", "sawdust", 2.0, null)), new Offer(flow("O3", "C", "sawdust", 3.0, null)),
                new Offer(flow("O4", "E", "sawdust", 4.0, null)));
        Demand demand = new Demand(flow("D1", "D", "sawdust", 0.0, null));
        CandidateIndex.Result result = CandidateIndex.candidates(offers, List.of(demand), List.of(SAWDUST), 2,
                NO_PRICES);
        // D1's two nearest, and each offer's nearest demand (D1 for all four): the union, without duplicates.
        assertThat(offersOf(result, "D1")).containsExactly("O1", "O2", "O3", "O4");
        assertThat(result.beyondByFlow()).as("O3 and O4 are judged all the same: D1 is their nearest").isEmpty();
        assertThat(result.candidates()).hasSize(4);
    }

    @Test
    void nothingIsBuiltForThePairsBeyondTheNearestOfEitherSide() {
        // Two clusters of demands around one offer each; the offers are far from the other cluster's demands.
        List<Offer> offers = List.of(new Offer(flow("O1", "A", "sawdust", 0.0, null)),
                new Offer(flow("O2", "B", "sawdust", 8.0, null)));
        List<Demand> demands = List.of(new Demand(flow("D1", "C", "sawdust", 0.5, null)),
                new Demand(flow("D2", "E", "sawdust", 1.0, null)), new Demand(flow("D3", "F", "sawdust", 7.5, null)),
                new Demand(flow("D4", "G", "sawdust", 7.0, null)));
        CandidateIndex.Result result = CandidateIndex.candidates(offers, demands, List.of(SAWDUST), 1, NO_PRICES);
        assertThat(result.candidates()).extracting(c -> c.getOffer().getId() + ">" + c.getDemand().getId())
                .containsExactlyInAnyOrder("O1>D1", "O1>D2", "O2>D3", "O2>D4");
    }

    @Test
    void unplacedActorsMeetWithinTheirZoneAndAnActorAlwaysMeetsItself() {
        Offer unplaced = new Offer(flow("O1", "A", "sawdust", null, "Park"));
        Offer otherZone = new Offer(flow("O2", "B", "sawdust", null, "Elsewhere"));
        Offer own = new Offer(flow("O3", "D", "sawdust", 0.0, "Park"));
        Demand demand = new Demand(flow("D1", "D", "sawdust", 0.0, "Park"));
        CandidateIndex.Result result = CandidateIndex.candidates(List.of(unplaced, otherZone, own), List.of(demand),
                List.of(SAWDUST), 5, NO_PRICES);
        assertThat(offersOf(result, "D1")).containsExactly("O1", "O3");
        assertThat(result.candidates()).filteredOn(Candidate::isInternal).extracting(c -> c.getOffer().getId())
                .containsExactly("O3");
    }
}
