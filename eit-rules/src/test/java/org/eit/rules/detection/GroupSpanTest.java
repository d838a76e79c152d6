package org.eit.rules.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eit.core.api.LocalizedText;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.resource.ResourceKind;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.FlowFact;
import org.junit.jupiter.api.Test;

/** A group's span, found without measuring every pair, is the very number measuring every pair gives. */
class GroupSpanTest {

    private static Demand demand(int i, GeoPoint place, String zone) {
        return new Demand(new FlowFact.Builder().flow("D" + i, "A" + i, "A" + i, ActorKind.COMPANY, zone)
                .resource("training", new LocalizedText("formation", "training"), ResourceKind.SERVICE, false)
                .quantity(1.0, "day", true).quality(null, DataSource.DECLARED, Confidence.MEDIUM)
                .place(place, false, Map.of()));
    }

    @Test
    void theSpanOfScatteredAndClusteredGroupsIsThatOfEveryPair() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(round < 250 ? 40 : 1500);
            int clusters = 1 + random.nextInt(4);
            double spread = random.nextBoolean() ? 0.01 : 1.5;
            List<GeoPoint> centres = new ArrayList<>();
            for (int c = 0; c < clusters; c++) {
                centres.add(new GeoPoint(43 + 6 * random.nextDouble(), -1 + 8 * random.nextDouble()));
            }
            List<Demand> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                GeoPoint c = centres.get(random.nextInt(clusters));
                // Some members at the very same place, as actors of one site are.
                double dLat = random.nextInt(5) == 0 ? 0 : spread * random.nextGaussian();
                double dLon = random.nextInt(5) == 0 ? 0 : spread * random.nextGaussian();
                members.add(demand(i, new GeoPoint(Math.max(-89, Math.min(89, c.latitude() + dLat)),
                        c.longitude() + dLon), null));
            }
            assertThat(GroupSpan.of(members)).as("round %d, %d members", round, n)
                    .isEqualTo(GroupSpan.everyPair(members));
        }
    }

    @Test
    void membersAcrossTheAntimeridianOrWithoutAPlaceKeepTheirSpan() {
        List<Demand> across = List.of(demand(1, new GeoPoint(10, 179.5), null), demand(2, new GeoPoint(10, -179.5),
                null), demand(3, new GeoPoint(11, 179.9), null));
        assertThat(GroupSpan.of(across)).isEqualTo(GroupSpan.everyPair(across)).isLessThan(200);
        List<Demand> oneZone = List.of(demand(1, null, "Z"), demand(2, null, "Z"));
        assertThat(GroupSpan.of(oneZone)).isZero();
        List<Demand> unknown = List.of(demand(1, null, "Z"), demand(2, new GeoPoint(45, 3), "Y"));
        assertThat(GroupSpan.of(unknown)).isInfinite();
        assertThat(GroupSpan.of(List.of(demand(1, new GeoPoint(45, 3), null)))).isZero();
    }
}
