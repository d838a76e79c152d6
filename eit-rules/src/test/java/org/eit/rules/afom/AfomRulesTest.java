package org.eit.rules.afom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.eit.core.api.AfomItem;
import org.eit.core.api.AfomItem.Quadrant;
import org.eit.core.api.Diagnostic;
import org.eit.rules.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each AFOM rule, given the indicators or observations it reads: the item, in its quadrant, or none on the other
 * side of its threshold. Indicators are set by a territory rule of the indicators stage giving their id, as an
 * expert would.
 */
class AfomRulesTest {

    /** A territory with one substitution, whose indicators {@code values} replace the engine's. */
    static Fixture territory(Map<String, Double> values) {
        StringBuilder drl = new StringBuilder("package mine.indicators;\n"
                + "import function org.eit.rules.indicators.Indicators.indicator;\n");
        values.forEach((id, v) -> drl.append("rule \"set ").append(id).append("\"\n    @fr(\"").append(id)
                .append("\")\n    @en(\"").append(id).append("\")\nwhen\nthen\n    insert( indicator( drools.getRule(), \"")
                .append(id).append("\", ").append(v).append(", \"\", \"Park\", \"test\" ) );\nend\n"));
        return new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100)
                .rule("rules/mine.drl", drl.toString());
    }

    static Stream<AfomItem> items(Diagnostic d, String rule) {
        return d.afom().stream().filter(i -> i.rule().equals(rule));
    }

    static Stream<Arguments> indicatorRules() {
        return Stream.of(
                Arguments.of("Weakness: data coverage is low", Quadrant.WEAKNESS,
                        Map.of("flows.declared-share", 40.0), Map.of("flows.declared-share", 70.0)),
                Arguments.of("Strength: data coverage is good", Quadrant.STRENGTH,
                        Map.of("flows.declared-share", 90.0), Map.of("flows.declared-share", 70.0)),
                Arguments.of("Weakness: synergies rest on estimated flows", Quadrant.WEAKNESS,
                        Map.of("synergies.estimated", 3.0), Map.of("synergies.estimated", 0.0)),
                Arguments.of("Weakness: flows remain to classify", Quadrant.WEAKNESS,
                        Map.of("flows.to-classify", 8.0), Map.of("flows.to-classify", 2.0)),
                Arguments.of("Strength: a dense potential of synergies", Quadrant.STRENGTH,
                        Map.of("synergies.substitution", 8.0, "synergies.pooling", 4.0),
                        Map.of("synergies.substitution", 4.0, "synergies.pooling", 4.0)),
                Arguments.of("Weakness: few synergies", Quadrant.WEAKNESS,
                        Map.of("synergies.substitution", 2.0, "synergies.pooling", 1.0),
                        Map.of("synergies.substitution", 4.0, "synergies.pooling", 4.0)),
                Arguments.of("Strength: the potential gains are substantial", Quadrant.STRENGTH,
                        Map.of("gains.net", 250000.0), Map.of("gains.net", 20000.0)),
                Arguments.of("Strength: exchanges already exist", Quadrant.STRENGTH,
                        Map.of("synergies.existing", 2.0), Map.of("synergies.existing", 0.0)),
                Arguments.of("Strength: the potential network meets Chertow's 3-2 heuristic", Quadrant.STRENGTH,
                        Map.of("network.three-two", 1.0), Map.of("network.three-two", 0.0)),
                Arguments.of("Weakness: the potential network does not meet Chertow's 3-2 heuristic",
                        Quadrant.WEAKNESS, Map.of("network.three-two", 0.0), Map.of("network.three-two", 1.0)),
                Arguments.of("Weakness: the network depends on one actor", Quadrant.WEAKNESS,
                        Map.of("network.top-actor-share", 60.0, "synergies.substitution", 8.0),
                        Map.of("network.top-actor-share", 10.0, "synergies.substitution", 8.0)),
                Arguments.of("Strength: a zone gathers most partners", Quadrant.STRENGTH,
                        Map.of("zones.top-share", 70.0), Map.of("zones.top-share", 20.0)),
                Arguments.of("Weakness: offers without a local outlet", Quadrant.WEAKNESS,
                        Map.of("offers.unused-tonnage", 2000.0), Map.of("offers.unused-tonnage", 100.0)),
                Arguments.of("Opportunity: surplus heat could attract a heat user", Quadrant.OPPORTUNITY,
                        Map.of("offers.unused-heat", 3000.0), Map.of("offers.unused-heat", 100.0)),
                Arguments.of("Threat: many synergies hang on a regulatory condition", Quadrant.THREAT,
                        Map.of("synergies.conditional-share", 50.0), Map.of("synergies.conditional-share", 10.0)),
                Arguments.of("Weakness: a thin industrial fabric", Quadrant.WEAKNESS,
                        Map.of("actors.industry-share", 5.0), Map.of("actors.industry-share", 20.0)),
                Arguments.of("Strength: an industrial fabric", Quadrant.STRENGTH,
                        Map.of("actors.industry-share", 45.0), Map.of("actors.industry-share", 20.0)),
                Arguments.of("Strength: diverse actors cooperate", Quadrant.STRENGTH,
                        Map.of("cooperation.kinds-involved", 5.0), Map.of("cooperation.kinds-involved", 2.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicatorRules")
    void eachIndicatorRulePlacesItsItemOnlyBeyondItsThreshold(String rule, Quadrant quadrant,
                                                              Map<String, Double> beyond, Map<String, Double> within) {
        Diagnostic d = territory(beyond).analyze();
        assertThat(items(d, rule)).singleElement().satisfies(i -> {
            assertThat(i.quadrant()).isEqualTo(quadrant);
            assertThat(i.statement().fr()).doesNotContain("{");
            assertThat(i.statement().en()).doesNotContain("{");
            assertThat(i.evidence()).containsAll(beyond.keySet());
        });
        assertThat(items(territory(within).analyze(), rule)).isEmpty();
    }

    @Test
    void aThresholdChangedInTheTableChangesTheOutcome() {
        Fixture fixture = territory(Map.of("flows.declared-share", 70.0));
        assertThat(items(fixture.analyze(), "Weakness: data coverage is low")).isEmpty();
        Diagnostic stricter = fixture.knowledge("knowledge/afom-thresholds.csv",
                "id,value,unit,description_fr,description_en,source\n"
                        + "coverage-min,75,%,seuil plus exigeant,a stricter threshold,this territory's steering committee\n")
                .analyze();
        assertThat(items(stricter, "Weakness: data coverage is low")).singleElement().satisfies(i -> {
            assertThat(i.statement().en()).isEqualTo("Only 70 % of the flows are declared or measured (threshold: "
                    + "75 %): the diagnostic still rests largely on estimates.");
            assertThat(i.values()).containsEntry("threshold:coverage-min", 75.0)
                    .containsEntry("flows.declared-share", 70.0);
        });
    }

    static Stream<Arguments> observationRules() {
        return Stream.of(
                Arguments.of("Strength: an existing network of firms", Quadrant.STRENGTH, null, "business-club"),
                Arguments.of("Strength: a volunteer actor", Quadrant.STRENGTH, "A", "volunteer"),
                Arguments.of("Weakness: a reluctant key actor", Quadrant.WEAKNESS, "A", "reluctant"),
                Arguments.of("Opportunity: a landfill or an outlet closes", Quadrant.OPPORTUNITY, null,
                        "landfill-closing"),
                Arguments.of("Opportunity: a heat network is planned", Quadrant.OPPORTUNITY, null, "heat-network"),
                Arguments.of("Opportunity: funding is available", Quadrant.OPPORTUNITY, null, "funding"),
                Arguments.of("Opportunity: a new obligation creates demand", Quadrant.OPPORTUNITY, null,
                        "obligation"),
                Arguments.of("Threat: a regulation constrains exchanges", Quadrant.THREAT, null,
                        "regulation-constraint"),
                Arguments.of("Threat: an actor may close or leave", Quadrant.THREAT, "B", "closure"),
                Arguments.of("Threat: competition for a resource", Quadrant.THREAT, null, "competition"),
                Arguments.of("Observation classified by the study lead", Quadrant.THREAT, null, "menace"),
                Arguments.of("Observation classified by the study lead", Quadrant.STRENGTH, null, "strength"));
    }

    @ParameterizedTest(name = "{0} ({3})")
    @MethodSource("observationRules")
    void eachObservationRulePlacesTheObservationItReads(String rule, Quadrant quadrant, String actor, String tag) {
        Diagnostic d = territory(Map.of()).observation("O1", actor, "What was said", tag).analyze();
        assertThat(items(d, rule)).singleElement().satisfies(i -> {
            assertThat(i.quadrant()).isEqualTo(quadrant);
            assertThat(i.evidence()).containsExactly("observation:O1");
            assertThat(i.statement().en()).contains("What was said").doesNotContain("{");
        });
        assertThat(items(territory(Map.of()).observation("O1", actor, "What was said", "other").analyze(), rule))
                .isEmpty();
    }

    @Test
    void anObservationASpecificRuleReadsIsNotPlacedTwice() {
        Diagnostic d = territory(Map.of()).observation("O1", null, "A landfill closes", "landfill-closing",
                "opportunity").analyze();
        assertThat(d.afom()).filteredOn(i -> i.evidence().contains("observation:O1")).singleElement()
                .extracting(AfomItem::rule).isEqualTo("Opportunity: a landfill or an outlet closes");
    }

    @Test
    void oneActorInTheOnlySynergiesOfASmallTerritoryIsNoDependence() {
        assertThat(items(territory(Map.of("network.top-actor-share", 100.0, "synergies.substitution", 2.0))
                .analyze(), "Weakness: the network depends on one actor")).isEmpty();
    }

    @Test
    void aReluctantActorOutsideTheSynergiesIsNoWeakness() {
        Diagnostic d = new Fixture().actor("A", 0, "Park").actor("B", 0.5, "Park").actor("C", 3, "Town")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100)
                .observation("O1", "C", "Not interested", "reluctant").analyze();
        assertThat(items(d, "Weakness: a reluctant key actor")).isEmpty();
    }
}
