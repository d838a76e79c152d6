package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.List;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.core.model.Confidence;
import org.eit.rules.facts.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListingTest {
    private static Finding pair(String offer, String demand, double km) {
        return new Finding("k|" + offer + "," + demand, SynergyKind.SUBSTITUTION, "r", "same-resource",
                List.of("a" + offer, "a" + demand), List.of(offer, demand), "x", "x", 1.0, "t", true, false, km,
                false, false, Confidence.MEDIUM, null, null, new LocalizedText("", ""),
                () -> new Finding.Details("", java.util.Map.of()));
    }

    @Test
    void aPairStaysWhenAmongTheNearestOfItsOfferOrOfItsDemand() {
        List<Finding> all = new ArrayList<>();
        for (int o = 0; o < 3; o++) {
            for (int d = 0; d < 3; d++) {
                all.add(pair("O" + o, "D" + d, Math.abs(o - d) + 1));
            }
        }
        List<Finding> listed = Listing.nearestPartners(all, 1);
        assertThat(listed).extracting(f -> String.join(">", f.flows())).containsExactlyInAnyOrder("O0>D0", "O1>D1",
                "O2>D2");
        assertThat(Listing.nearestPartners(all, 0)).hasSize(9);
    }

    @Test
    void groupsAreAlwaysListed() {
        Finding group = new Finding("g", SynergyKind.POOLING, "r", "pooling-theme:t", List.of("a", "b", "c"),
                List.of("F1", "F2", "F3"), "x", "x", null, null, true, false, null, true, false, Confidence.LOW, null,
                null, new LocalizedText("", ""), () -> new Finding.Details("", java.util.Map.of()));
        assertThat(Listing.nearestPartners(List.of(group), 1)).containsExactly(group);
    }
}
