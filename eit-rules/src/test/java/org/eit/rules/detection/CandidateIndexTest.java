package org.eit.rules.detection;

import java.util.List;
import java.util.Map;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.resource.ResourceKind;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.Offer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {
    private static final double KM = 1 / 111.2;
    private static final Accepts SAWDUST = new Accepts("sawdust", "sawdust", Accepts.SAME, 1, "t", null, null, false,
            null, null, 10, "truck", 10);
    private static final Accepts BARK_FOR_SAWDUST_DEMAND = new Accepts("sawdust", "bark", Accepts.SUBSTITUTION, 1,
            "t", null, null, false, null, null, 5, "truck", 50);

    private static FlowFact.Builder flow(String id, String actor, String resource, Double northKm, String zone) {
        return new FlowFact.Builder().flow(id, actor, actor, ActorKind.COMPANY, zone)
                .resource(resource, new LocalizedText(resource, resource), ResourceKind.WASTE, false)
                .quantity(100.0, "t", true).quality(null, DataSource.DECLARED, Confidence.MEDIUM)
                .place(northKm == null ? null : new GeoPoint(46 + northKm * KM, 3), false, Map.of());
    }

    @Test
    void proposesTheOffersWithinReachOfEachAcceptedResourceOnly() {
        Offer near = new Offer(flow("O1", "A", "sawdust", 9.5, null));
        Offer far = new Offer(flow("O2", "B", "sawdust", 10.5, null));
        Offer barkNear = new Offer(flow("O3", "C", "bark", 4.0, null));
        Offer barkBeyondThePairsReach = new Offer(flow("O4", "E", "bark", 6.0, null));
        Offer otherResource = new Offer(flow("O5", "F", "fly-ash", 0.1, null));
        Demand demand = new Demand(flow("D1", "D", "sawdust", 0.0, null));
        CandidateIndex index = new CandidateIndex(List.of(near, far, barkNear, barkBeyondThePairsReach,
                otherResource), List.of(SAWDUST, BARK_FOR_SAWDUST_DEMAND), 47);
        assertThat(index.candidates(demand)).extracting(c -> c.offer().getId()).containsExactlyInAnyOrder("O1", "O3");
    }

    @Test
    void unplacedActorsMeetWithinTheirZoneAndAnActorAlwaysMeetsItself() {
        Offer unplaced = new Offer(flow("O1", "A", "sawdust", null, "Park"));
        Offer otherZone = new Offer(flow("O2", "B", "sawdust", null, "Elsewhere"));
        Offer own = new Offer(flow("O3", "D", "sawdust", 0.0, "Park"));
        Demand demand = new Demand(flow("D1", "D", "sawdust", 0.0, "Park"));
        List<Candidate> candidates = new CandidateIndex(List.of(unplaced, otherZone, own), List.of(SAWDUST), 47)
                .candidates(demand);
        assertThat(candidates).extracting(c -> c.offer().getId()).containsExactlyInAnyOrder("O1", "O3");
        assertThat(candidates).filteredOn(Candidate::internal).extracting(c -> c.offer().getId())
                .containsExactly("O3");
    }
}
