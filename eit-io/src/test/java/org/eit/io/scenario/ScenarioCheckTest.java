package org.eit.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.workspace.Scenario;
import org.eit.io.workspace.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Expectations are partial matches against the diagnostic's JSON output: what they name must be there, numbers to
 * the decimals written; a failure shows the closest entries and how each differs, in English and French.
 */
class ScenarioCheckTest {
    /** A diagnostic as diagnostic.json writes it, cut down to what the checks look at. */
    private static final String DIAGNOSTIC = """
            {"territory": "T", "counts": {"synergies": 3},
             "synergies": [
               {"id": "S-1", "kind": "substitution", "rule": "Substitution: same resource", "actors": ["A1", "A2"],
                "flows": ["F1", "F2"], "quantity": 720.0, "distanceKm": 1.1119492664455877, "partial": true,
                "explanation": {"fr": "La scierie dispose de sciure", "en": "The sawmill has sawdust"}},
               {"id": "S-2", "kind": "substitution", "rule": "Substitution: same resource", "actors": ["A1", "A3"],
                "flows": ["F1", "F3"], "quantity": 300.0, "distanceKm": 12.5, "partial": false,
                "explanation": {"fr": "x", "en": "y"}},
               {"id": "P-1", "kind": "pooling", "rule": "Pooling: several actors", "actors": ["A2", "A3", "A4"],
                "flows": ["F5", "F6", "F7"], "quantity": null, "distanceKm": 3.0, "partial": false,
                "explanation": {"fr": "x", "en": "y"}}],
             "internal": [],
             "network": {"rule": "Network", "chertow32Met": false, "entities": ["A1", "A2", "A3"]}}
            """;
    private static final JsonNode ROOT;

    static {
        try {
            ROOT = new ObjectMapper().readTree(DIAGNOSTIC);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String HEAD = """
            name: Checks
            actors: [{id: A1, name: Mill, kind: company}]
            flows: [{id: F1, actor: A1, direction: offer, resource: sawdust}]
            """;

    private static List<ScenarioResult.Check> checks(String expectations) {
        Scenario scenario = new ScenarioReader(ResourceTaxonomy.shipped()).read("t.scenario.yaml",
                HEAD + expectations, Path.of(""));
        assertThat(scenario.problems()).filteredOn(p -> p.isError()).isEmpty();
        return scenario.expectations().stream().map(e -> ScenarioRunner.check(e, ROOT)).toList();
    }

    private static boolean passes(String expectations) {
        return checks(expectations).stream().allMatch(ScenarioResult.Check::passed);
    }

    private static String report(String expectations, Locale locale) {
        Scenario scenario = new ScenarioReader(ResourceTaxonomy.shipped()).read("t.scenario.yaml",
                HEAD + expectations, Path.of(""));
        List<ScenarioResult.Check> checks = scenario.expectations().stream().map(e -> ScenarioRunner.check(e, ROOT))
                .toList();
        boolean passed = checks.stream().allMatch(ScenarioResult.Check::passed);
        return ScenarioReport.render(List.of(new ScenarioResult(scenario, passed ? ScenarioResult.Outcome.PASSED
                : ScenarioResult.Outcome.FAILED, List.of(), checks)), locale);
    }

    @Test
    void anEntryMatchesWhenEveryFieldItNamesIsEqual() {
        assertThat(passes("expect: {synergies: [{rule: \"Substitution: same resource\", actors: [A1, A2], "
                + "quantity: 720}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{actors: [A2, A1]}]}")).as("lists are in order").isFalse();
        assertThat(passes("expect: {synergies: [{actors: {contains: [A4]}, kind: pooling}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{explanation: {en: {contains: sawdust}}}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{explanation: {fr: {matches: \"^La scierie\"}}}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{partial: true, quantity: null}]}")).isFalse();
        assertThat(passes("expect: {synergies: [{kind: pooling, quantity: null}]}")).isTrue();
    }

    @Test
    void numbersMatchToTheDecimalsWritten() {
        assertThat(passes("expect: {synergies: [{id: S-1, distanceKm: 1.1}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{id: S-1, distanceKm: 1.11}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{id: S-1, distanceKm: 1.12}]}")).isFalse();
        assertThat(passes("expect: {synergies: [{id: S-1, distanceKm: 1}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{id: S-1, quantity: 719}]}")).isFalse();
        assertThat(passes("expect: {synergies: [{id: S-1, quantity: {min: 700, max: 800}}]}")).isTrue();
        assertThat(passes("expect: {synergies: [{id: S-1, quantity: {min: 721}}]}")).isFalse();
    }

    @Test
    void countsAndWholeSections() {
        assertThat(passes("expect: {synergies: {count: 3}, internal: {count: 0}}")).isTrue();
        assertThat(passes("expect: {synergies: {count: {min: 1, max: 2}}}")).isFalse();
        assertThat(passes("expect: {network: {chertow32Met: false, entities: {contains: [A2]}}}")).isTrue();
        assertThat(passes("expect: {counts: {synergies: 3}}")).isTrue();
    }

    @Test
    void expectNotFailsWhenAnEntryMatches() {
        assertThat(passes("expectNot: {synergies: [{kind: pooling, actors: {contains: [A1]}}]}")).isTrue();
        assertThat(passes("expectNot: {synergies: [{kind: pooling}]}")).isFalse();
        assertThat(passes("expectNot: {network: {chertow32Met: true}}")).isTrue();
        assertThat(passes("expectNot: {network: {chertow32Met: false}}")).isFalse();
    }

    @Test
    void aFailureShowsWhereTheExpectationIsAndTheClosestEntriesWithTheirDifferences() {
        assertThat(report("expect:\n  synergies:\n    - {rule: \"Substitution: same resource\", actors: [A1, A2], "
                + "quantity: 300}\n", Locale.ENGLISH)).isEqualTo("""
                FAIL       t.scenario.yaml: Checks
                  t.scenario.yaml:6:7: expected in synergies: {rule: "Substitution: same resource", actors: [A1, A2], quantity: 300}
                    no entry of synergies matches (3 in all); the closest:
                      S-1: quantity = 720, expected 300
                      S-2: actors = [A1, A3], expected [A1, A2]
                      P-1: rule = "Pooling: several actors", expected "Substitution: same resource"; actors = [A2, A3, A4], expected [A1, A2]; quantity = null, expected 300
                1 scenario(s): 0 passed, 1 failed, 0 invalid, 0 stopped by a rule error
                """);
        assertThat(report("expect:\n  synergies:\n    - {id: S-2, quantity: 301}\n", Locale.FRENCH)).isEqualTo("""
                ÉCHEC      t.scenario.yaml: Checks
                  t.scenario.yaml:6:7: attendu dans synergies : {id: S-2, quantity: 301}
                    aucune entrée de synergies ne correspond (3 en tout) ; les plus proches :
                      S-2: quantity = 300, attendu 301
                      S-1: id = S-1, attendu S-2; quantity = 720, attendu 301
                      P-1: id = P-1, attendu S-2; quantity = null, attendu 301
                1 scénario(s) : 0 réussi(s), 1 en échec, 0 invalide(s), 0 arrêté(s) par une erreur de règle
                """);
    }

    @Test
    void aMisspelledSectionOrFieldGetsTheClosestName() {
        assertThat(report("expect: {synergys: {count: 3}}\n", Locale.ENGLISH)).contains("the diagnostic has no "
                + "synergys: did you mean synergies? (it has: territory, counts, synergies, internal, network)");
        assertThat(report("expect: {synergies: [{quantty: 720}]}\n", Locale.ENGLISH)).contains("S-1: no field "
                + "quantty: did you mean quantity? (the fields: id, kind, rule,");
        assertThat(report("expectNot: {synergies: [{kind: pooling}]}\n", Locale.ENGLISH)).contains(
                "not expected in synergies: {kind: pooling}", "synergies: 1 matching, and none should:",
                "      P-1\n");
        assertThat(report("expect: {network: [{chertow32Met: true}]}\n", Locale.ENGLISH)).contains("network is not a "
                + "list");
        assertThat(report("expect: {synergies: {size: 3}}\n", Locale.ENGLISH)).contains("synergies: unknown check "
                + "size (here: count, contains)");
    }

    @Test
    void countAndContainsTogetherShowEachEntryOnItsLine() {
        assertThat(passes("expect:\n  synergies:\n    count: 3\n    contains:\n      - {id: S-1}\n      - {id: P-1}\n"))
                .isTrue();
        assertThat(report("expect:\n  synergies:\n    count: 2\n    contains:\n      - {id: S-1}\n"
                + "      - {id: S-9}\n", Locale.ENGLISH)).contains(
                "  t.scenario.yaml:9:9: expected in synergies: {id: S-9}\n"
                        + "    no entry of synergies matches (3 in all); the closest:\n      S-1: id = S-1, expected S-9\n",
                "  t.scenario.yaml:6:5: expected synergies: {count: 2}\n    synergies differs:\n"
                        + "      synergies: count = 3, expected 2\n");
        assertThat(report("expect: {network: {chertow32Met: true}}\n", Locale.ENGLISH)).contains(
                "expected network: {chertow32Met: true}\n    network differs:\n"
                        + "      network.chertow32Met = false, expected true\n");
    }

    @Test
    void aPassingScenarioIsOneLine() {
        assertThat(report("expect: {synergies: {count: 3}}\n", Locale.ENGLISH)).isEqualTo("""
                PASS       t.scenario.yaml: Checks
                1 scenario(s): 1 passed, 0 failed, 0 invalid, 0 stopped by a rule error
                """);
    }
}
