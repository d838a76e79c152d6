package org.eit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Synergy;
import org.eit.core.api.RuleException;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problem;
import org.junit.jupiter.api.Test;

class RuleRuntimeTest {

    private static Fixture sawmillAndBoiler() {
        return new Fixture().actor("A", 0, "North").actor("B", 2, "South")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100);
    }

    @Test
    void aUserRuleWithASyntaxErrorIsReportedOnItsFileAndLine() {
        String drl = """
                package org.example.detection.bad;
                import org.eit.rules.facts.Offer;

                rule "Broken"
                when
                    Offer( resource == )
                then
                end
                """;
        assertThatThrownBy(() -> sawmillAndBoiler().rule("rules/bad.drl", drl).analyze())
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    Problem first = e.problems().get(0);
                    assertThat(first.file()).isEqualTo("rules/bad.drl");
                    assertThat(first.line()).isEqualTo(6);
                    assertThat(first.format(Locale.ENGLISH)).startsWith("rules/bad.drl:6:");
                });
    }

    @Test
    void aLoopingRuleStopsTheAnalysisWithAnErrorThatNamesIt() {
        String drl = """
                package org.example.network.loop;
                import org.eit.rules.network.NetworkSettings;

                rule "Endless"
                when
                    $s : NetworkSettings()
                then
                    update( $s );
                end
                """;
        assertThatThrownBy(() -> sawmillAndBoiler().rule("rules/loop.drl", drl)
                .parameter("rules.max-firings", "5000").analyze())
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.value()).isEqualTo("Endless");
                            assertThat(p.format(Locale.ENGLISH)).startsWith("rules/loop.drl:4: error: rule = "
                                    + "'Endless': this rule fired").contains("5,000");
                        }));
    }

    @Test
    void aUserRuleAddsFindingsWithItsOwnExplanation() {
        String drl = """
                package org.example.substitution.extra;
                import org.eit.rules.detection.Candidate;
                import function org.eit.rules.detection.Findings.exchange;

                rule "Local: sawdust to any sawdust demand"
                    @fr("{offerActor} et {demandActor} partagent une zone.")
                    @en("{offerActor} and {demandActor} share a zone.")
                when
                    $c : Candidate( internal == false, offer.resource == "sawdust", demand.resource == "sawdust" )
                then
                    insert( exchange( drools.getRule(), $c ) );
                end
                """;
        Diagnostic d = sawmillAndBoiler().rule("rules/extra.drl", drl).analyze();
        // The same pair found by a shipped rule and a territory's rule: one synergy with both reasons.
        assertThat(d.synergies()).singleElement().satisfies(s -> {
            assertThat(s.rules()).containsExactly("Local: sawdust to any sawdust demand",
                    "Substitution: same resource");
            assertThat(s.explanation().en()).startsWith("Actor A and Actor B share a zone. Actor A has");
        });
        assertThat(d.rulePacks()).contains("extra");
    }

    @Test
    void aBadKnowledgeOverrideIsReportedWithFileAndLine() {
        String csv = "offered,demanded,ratio,min_temperature_c,max_temperature_c,hazardous_allowed,preparation_fr,"
                + "preparation_en,source\nsawdust,unobtainium,-1,,,maybe,x,x,test\n";
        assertThatThrownBy(() -> sawmillAndBoiler().knowledge("knowledge/substitutions.csv", csv).analyze())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.format(Locale.ENGLISH)).containsExactly(
                                "knowledge/substitutions.csv:2:2: error: demanded = 'unobtainium': this resource is "
                                        + "not in the taxonomy",
                                "knowledge/substitutions.csv:2:3: error: ratio = '-1': must be greater than 0",
                                "knowledge/substitutions.csv:2:6: error: hazardous_allowed = 'maybe': write true or "
                                        + "false"));
    }

    @Test
    void aKnowledgeRowCanBeSwitchedOff() {
        String reach = "family,mode,max_km,source,active\nwood-waste,truck,1,test,true\n";
        assertThat(sawmillAndBoiler().knowledge("knowledge/reaches.csv", reach).analyze().synergies()).isEmpty();
    }

    @Test
    void unknownParametersAreWarningsAndBadValuesErrors() {
        Diagnostic d = sawmillAndBoiler().parameter("transport.mood", "x").analyze();
        assertThat(d.warnings()).extracting(Problem::code).contains("parameter.unknown");
        assertThatThrownBy(() -> sawmillAndBoiler().parameter("network.local-radius-km", "far").analyze())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("network.local-radius-km");
    }

    @Test
    void eachFlowMeetsItsNearestPartnersAndEachOfferIsSharedOutOnce() {
        Fixture f = new Fixture();
        for (int i = 0; i < 4; i++) {
            f.actor("O" + i, i, "West").offer("FO" + i, "O" + i, "sawdust", 100);
            f.actor("D" + i, 10 + i, "East").demand("FD" + i, "D" + i, "sawdust", 100);
        }
        Diagnostic d = f.parameter("matching.candidates-per-flow", "2").analyze();
        // Each demand meets O2 and O3, each offer D0 and D1; nearest first, O3 fills D0, then O2 fills D1.
        assertThat(d.synergies()).extracting(Synergy::flows).containsExactlyInAnyOrder(
                java.util.List.of("FO3", "FD0"), java.util.List.of("FO2", "FD1"));
        assertThat(d.alternatives()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.allocation().retained()).isFalse();
            assertThat(s.allocation().reason().en()).containsAnyOf("already used by S-", "already covered by S-");
        });
        // O0 and O1 never meet D2 and D3: two partners not judged for each of these four flows.
        assertThat(d.partnersBeyond()).isEqualTo(8);
        assertThat(d.flows()).filteredOn(b -> b.id().equals("FO3")).singleElement()
                .satisfies(b -> assertThat(b.allocated()).isEqualTo(100.0));
        assertThat(d.flows()).filteredOn(b -> b.id().equals("FD3")).singleElement()
                .satisfies(b -> assertThat(b.allocated()).isZero());
    }

    @Test
    void theSameInputsGiveTheSameDiagnostic() {
        Fixture f = new Fixture().actor("A", 0, "North").actor("B", 2, "South").actor("C", 3, "South")
                .offer("F1", "A", "sawdust", 100).demand("F2", "B", "sawdust", 100).demand("F3", "C", "sawdust", 50)
                .offer("F4", "C", "fly-ash", 10).demand("F5", "A", "fly-ash", 10);
        Diagnostic first = f.analyze();
        Diagnostic second = f.analyze();
        assertThat(second).isEqualTo(first);
        assertThat(first.synergies()).hasSize(2);
        assertThat(first.alternatives()).singleElement().satisfies(s -> assertThat(s.flows())
                .containsExactly("F1", "F3"));
    }

    @Test
    void aListenerFollowsTheStagesInOrderAndCanCancel() {
        java.util.List<String> started = new java.util.ArrayList<>();
        Fixture f = sawmillAndBoiler();
        Fixture.ENGINE.analyze(f.request(), new org.eit.core.api.AnalysisListener() {
            @Override
            public void stageStarted(String stage, int index, int count) {
                started.add(index + "/" + count + " " + stage);
            }
        });
        assertThat(started).containsExactly("0/5 compatibility", "1/5 detection", "2/5 allocation", "3/5 gains",
                "4/5 network");
        assertThatThrownBy(() -> Fixture.ENGINE.analyze(f.request(), new org.eit.core.api.AnalysisListener() {
            @Override
            public boolean isCancelled() {
                return !started.isEmpty() && started.size() > 5;
            }

            @Override
            public void stageStarted(String stage, int index, int count) {
                started.add(stage);
            }
        })).isInstanceOf(org.eit.core.api.AnalysisCancelledException.class);
        assertThat(started).hasSize(6);
    }
}
