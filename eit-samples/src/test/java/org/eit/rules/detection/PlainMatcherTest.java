package org.eit.rules.detection;

import java.util.Map;
import java.util.TreeMap;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.Reason;
import org.eit.rules.facts.Refused;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-Java baseline ({@link PlainMatcher}) and the rules of detection agree on generated territories: on the
 * candidates the K-nearest index hands to the rules, the same pairs are proposed and held within reach (with the
 * same rules, and the same rule of reach), and the same are refused as out of reach. Feasibility may still refuse a
 * pair the baseline keeps: such a pair is among the rules' refused pairs, without a reason of reach.
 */
class PlainMatcherTest {
    @ParameterizedTest
    @CsvSource({"300, 1", "1000, 2", "3000, 3"})
    void thePlainMatcherDecidesTheSamePairsAsTheRules(int actors, long seed) {
        DetectionCapture.Captured seen = DetectionCapture.synthetic(actors, seed);
        assertThat(seen).isNotNull();

        // The plain matcher: pair -> rules that proposed it, for pairs proposed and within reach; pair -> the rule
        // of reach that refused it, for pairs proposed and out of reach.
        Map<String, String> plainKept = new TreeMap<>();
        Map<String, String> plainReach = new TreeMap<>();
        Map<String, String> plainOut = new TreeMap<>();
        for (PlainMatcher.Verdict v : PlainMatcher.judge(seen.candidates())) {
            if (!v.proposed()) {
                continue;
            }
            String pair = v.candidate().getOffer().getId() + ">" + v.candidate().getDemand().getId();
            if (v.withinReach()) {
                plainKept.put(pair, String.join("|", v.proposedBy().stream().sorted().toList()));
                plainReach.put(pair, v.reachRule());
            } else {
                plainOut.put(pair, v.reachRule());
            }
        }

        // The rules: findings (proposed, held within reach, feasible) and refused pairs.
        Map<String, String> rulesKept = new TreeMap<>();
        Map<String, String> rulesReach = new TreeMap<>();
        Map<String, String> rulesOut = new TreeMap<>();
        for (Finding f : seen.findings()) {
            if (!f.isPair()) {
                continue;
            }
            String pair = f.offerFlow() + ">" + f.demandFlow();
            rulesKept.put(pair, String.join("|", f.rules().stream().sorted().toList()));
            rulesReach.put(pair, f.reach() == null ? null : f.reach().rule());
        }
        int refusedByFeasibilityOnly = 0;
        for (Refused r : seen.refused()) {
            String pair = r.offerFlow() + ">" + r.demandFlow();
            var reach = r.reasons().stream().map(Reason::rule).filter(n -> n.startsWith("Reach: ")).toList();
            if (reach.isEmpty()) {
                // Feasible by reach, refused by feasibility: the baseline keeps it, with the rules it says.
                assertThat(plainKept).containsKey(pair);
                rulesKept.put(pair, plainKept.get(pair));
                rulesReach.put(pair, plainReach.get(pair));
                refusedByFeasibilityOnly++;
            } else {
                assertThat(reach).hasSize(1);
                rulesOut.put(pair, reach.get(0));
            }
        }

        assertThat(plainKept).hasSizeGreaterThan(actors / 10);
        assertThat(plainKept).isEqualTo(rulesKept);
        assertThat(plainReach).isEqualTo(rulesReach);
        assertThat(plainOut).isEqualTo(rulesOut);
        System.out.printf("%d actors: %d candidates, %d kept by compatibility and reach (%d of them refused by"
                        + " feasibility), %d out of reach%n", actors, seen.candidates().size(), plainKept.size(),
                refusedByFeasibilityOnly, plainOut.size());
    }
}
