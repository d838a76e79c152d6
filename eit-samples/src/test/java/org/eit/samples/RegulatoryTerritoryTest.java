package org.eit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.Justification;
import org.eit.core.api.RefusedPair;
import org.eit.core.api.Synergy;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A territory of the regulatory checks ({@code src/test/resources/regulatory}): each exchange the law forbids sits
 * next to its legal counterpart, 1 to 4 km apart and at prices that pay for the transport, so that a refusal can only
 * come from the rule that applies the regulation.
 * <ul>
 * <li>sewage sludge to a certified organic farm: refused (Regulation (EU) 2021/1165 annex II); the same sludge to the
 * conventional farm of the spreading plan, and horse manure to the organic farm, are proposed;</li>
 * <li>category 1 animal by-products to a digester: refused (Regulation (EC) No 1069/2009 art. 12); category 3
 * trimmings and blood of the same slaughterhouse to the same digester are proposed, with the pasteurisation;</li>
 * <li>bovine blood to poultry feed: refused (Regulation (EC) No 999/2001 annex IV); pig blood to the same poultry
 * feed is proposed on its condition;</li>
 * <li>limed sludge to a digester that takes sewage sludge: refused (little methane left); the unlimed sludge of
 * another plant goes to that digester.</li>
 * </ul>
 */
class RegulatoryTerritoryTest {
    private static Diagnostic diagnostic;

    @BeforeAll
    static void analyse() throws URISyntaxException {
        Path folder = Path.of(RegulatoryTerritoryTest.class.getResource("/regulatory").toURI());
        Workspace workspace = new WorkspaceReader().read(folder);
        assertThat(workspace.problems()).as("the test territory reads without problems").isEmpty();
        diagnostic = Eit.engine().build().analyze(new AnalysisRequest(workspace.territory(), workspace.taxonomy(),
                workspace.rules(), workspace.knowledge()));
        assertThat(diagnostic.warnings()).isEmpty();
    }

    @Test
    void sewageSludgeNeverGoesToACertifiedOrganicFarm() {
        for (String sludge : List.of("S1", "S2")) {
            refusedBy(sludge, "D1", "Feasibility: refused by organic farming", "Regulation (EU) 2021/1165",
                    "certified organic");
        }
        Synergy spreadingPlan = proposed("S1", "D2");
        assertThat(spreadingPlan.rules()).contains("Substitution: a by-product replaces an input");
        Synergy manure = proposed("M1", "D1");
        assertThat(rules(manure.conditions())).contains("Feasibility: allowed in organic farming on a condition");
        assertThat(text(manure.conditions(), "Feasibility: allowed in organic farming on a condition"))
                .contains("factory farming");
    }

    @Test
    void category1AnimalByProductsNeverGoToADigester() {
        RefusedPair pair = refusedBy("A1", "D3", "Feasibility: animal by-products of this category may not go to this use",
                "Regulation (EC) No 1069/2009 art. 12", "category 1");
        assertThat(pair.reasons()).allSatisfy(r -> assertThat(r.text().fr()).isNotBlank().doesNotContain("{"));
        for (String category3 : List.of("A2", "B1")) {
            Synergy digested = proposed(category3, "D3");
            assertThat(text(digested.conditions(),
                    "Feasibility: animal by-products of this category go to this use on a condition"))
                    .contains("Category 3", "pasteurisation (70 °C for 60 min");
            assertThat(rules(digested.conditions())).as("the digester's approval is known")
                    .doesNotContain("Feasibility: the plant's approval to check");
        }
    }

    @Test
    void bovineBloodNeverFeedsPoultryButPigBloodMayOnItsCondition() {
        refusedBy("B1", "D4", "Feasibility: banned as feed for these animals", "Regulation (EC) No 999/2001 annex IV",
                "may not feed poultry");
        Synergy pigBlood = proposed("B2", "D4");
        assertThat(text(pigBlood.conditions(), "Feasibility: feed for these animals on a condition"))
                .contains("non-ruminants");
    }

    @Test
    void limedSludgeIsNotADigesterFeedstockButUnlimedSludgeIs() {
        RefusedPair limed = refusedBy("S1", "D3", "Feasibility: limed sludge has little methane left", null, "limed");
        assertThat(rules(limed.reasons())).as("the digester takes sewage sludge: liming alone refuses the pair")
                .containsExactly("Feasibility: limed sludge has little methane left");
        assertThat(proposed("S2", "D3").quantity()).isEqualTo(105.0);
    }

    @Test
    void noForbiddenPairIsProposedNorKeptAsAnAlternative() {
        for (String[] pair : new String[][] {{"S1", "D1"}, {"S2", "D1"}, {"A1", "D3"}, {"B1", "D4"}, {"S1", "D3"}}) {
            assertThat(find(diagnostic.synergies(), pair[0], pair[1])).as("%s -> %s proposed", pair[0], pair[1])
                    .isEmpty();
            assertThat(find(diagnostic.alternatives(), pair[0], pair[1])).as("%s -> %s an alternative", pair[0],
                    pair[1]).isEmpty();
        }
        assertThat(diagnostic.refused()).hasSize(5);
    }

    private static RefusedPair refusedBy(String offer, String demand, String rule, String reference,
                                         String inSentence) {
        RefusedPair pair = diagnostic.refused().stream()
                .filter(r -> r.offerFlow().equals(offer) && r.demandFlow().equals(demand)).findFirst()
                .orElseThrow(() -> new AssertionError(offer + " -> " + demand + " is not refused: "
                        + diagnostic.refused()));
        assertThat(rules(pair.reasons())).as("%s -> %s", offer, demand).contains(rule);
        Justification reason = pair.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(reason.text().en()).contains(inSentence);
        if (reference != null) {
            assertThat(reason.reference() + " " + reason.text().en()).contains(reference);
        }
        return pair;
    }

    private static Synergy proposed(String offer, String demand) {
        Synergy synergy = find(diagnostic.synergies(), offer, demand).orElseThrow(() -> new AssertionError(
                offer + " -> " + demand + " is not retained; refused: " + diagnostic.refused()));
        assertThat(synergy.allocation().quantity()).as("%s -> %s is allocated", offer, demand).isPositive();
        return synergy;
    }

    private static Optional<Synergy> find(List<Synergy> synergies, String offer, String demand) {
        return synergies.stream().filter(s -> s.flows().equals(List.of(offer, demand))).findFirst();
    }

    private static List<String> rules(List<Justification> reasons) {
        return reasons.stream().map(Justification::rule).toList();
    }

    private static String text(List<Justification> conditions, String rule) {
        return conditions.stream().filter(c -> c.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no condition " + rule + " in " + conditions)).text().en();
    }
}
