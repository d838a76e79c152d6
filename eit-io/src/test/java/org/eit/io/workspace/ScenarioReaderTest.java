package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eit.core.problem.Problem;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file is a small territory, its rules and what the diagnostic must hold; every mistake has its line. */
class ScenarioReaderTest {
    static final String SCENARIO = """
            name: Sawdust goes to the boiler house
            territory:
              language: en
            actors:
              - {id: A1, name: Sawmill, kind: company, latitude: 46.5, longitude: 3.2}
              - {id: A2, name: Boiler house, kind: utility, latitude: 46.51, longitude: 3.2}
            flows:
              - {id: F1, actor: A1, direction: offer, resource: sawdust, quantity: 800, unit: t/year, source: measured}
              - {id: F2, actor: A2, direction: demand, resource: sawdust, quantity: 500, unit: t/year, source: measured}
            expect:
              synergies:
                - {rule: "Substitution: same resource", actors: [A1, A2], quantity: 500}
              network: {chertow32Met: false}
            expectNot:
              synergies:
                - {kind: pooling}
            """;

    @TempDir
    Path dir;

    private final ScenarioReader reader = new ScenarioReader(ResourceTaxonomy.shipped());

    private Scenario read(String text) throws IOException {
        Path file = dir.resolve("mine.scenario.yaml");
        Files.writeString(file, text);
        return reader.read(file);
    }

    private static java.util.List<String> errors(Scenario scenario) {
        return scenario.problems().stream().filter(Problem::isError).map(p -> p.format(Locale.ENGLISH)
                .replaceAll("^.*mine\\.scenario\\.yaml", "mine.scenario.yaml")).toList();
    }

    @Test
    void readsTheTerritoryTheRulesBesideItAndEachExpectationWithItsLine() throws IOException {
        Files.writeString(dir.resolve("local.drl"), "package x.substitution;\n");
        Files.writeString(dir.resolve("notes.txt"), "not a rule");
        Scenario scenario = read(SCENARIO);
        assertThat(errors(scenario)).isEmpty();
        assertThat(scenario.name()).isEqualTo("Sawdust goes to the boiler house");
        assertThat(scenario.workspace().territory().name()).isEqualTo("Sawdust goes to the boiler house");
        assertThat(scenario.workspace().territory().flows()).hasSize(2);
        assertThat(scenario.workspace().rules()).extracting(r -> r.baseName()).containsExactly("local.drl");
        assertThat(scenario.expectations()).extracting(e -> e.section() + ":" + e.at().line() + ":" + e.entry()
                + ":" + e.negated()).containsExactly("synergies:12:true:false", "network:13:false:false",
                "synergies:16:true:true");
        assertThat(scenario.expectations().get(0).expected().get("quantity").decimalValue().scale()).isZero();
    }

    @Test
    void rulesCanBeListedOrNone() throws IOException {
        Files.writeString(dir.resolve("local.drl"), "package x.substitution;\n");
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/a.drl"), "package x.substitution;\n");
        assertThat(read(SCENARIO + "rules: []\n").workspace().rules()).isEmpty();
        assertThat(read(SCENARIO + "rules: [shared]\n").workspace().rules()).extracting(r -> r.baseName())
                .containsExactly("a.drl");
        assertThat(errors(read(SCENARIO + "rules: [missing.drl, ../x.txt]\n"))).containsExactly(
                "mine.scenario.yaml:17:9: error: no file or folder at this path (paths start from the scenario's "
                        + "folder, " + dir + ")",
                "mine.scenario.yaml:17:22: error: no file or folder at this path (paths start from the scenario's "
                        + "folder, " + dir + ")");
    }

    @Test
    void unknownAndDuplicateKeysAreErrorsWithTheirPlace() throws IOException {
        Scenario scenario = read(SCENARIO.replace("expectNot:", "expectnot:") + "name: twice\n");
        assertThat(errors(scenario)).anySatisfy(e -> assertThat(e).startsWith("mine.scenario.yaml:14:1: error: "
                + "expectnot: unknown field (known fields: name, description, territory, rules, knowledge, expect, "
                + "expectNot, actors, flows, observations)"))
                .anySatisfy(e -> assertThat(e).startsWith("mine.scenario.yaml:17:1: error: name: this key is "
                        + "already given on line 1"));
        assertThat(scenario.isValid()).isFalse();
    }

    @Test
    void theTerritoryIsCheckedAsAWorkspaceDocumentIs() throws IOException {
        Scenario scenario = read(SCENARIO.replace("actor: A1,", "actor: A9,").replace("language: en",
                "language: en\n  colour: blue"));
        assertThat(errors(scenario)).anySatisfy(e -> assertThat(e).contains("colour: unknown field"))
                .anySatisfy(e -> assertThat(e).startsWith("mine.scenario.yaml:9:").contains("actor = 'A9'"));
    }

    @Test
    void aScenarioNeedsANameAndAnExpectation() throws IOException {
        String nameless = SCENARIO.replace("name: Sawdust goes to the boiler house\n", "");
        assertThat(errors(read(nameless))).contains("mine.scenario.yaml:1:1: error: name: required value is "
                + "missing");
        String noExpectation = SCENARIO.substring(0, SCENARIO.indexOf("expect:"));
        assertThat(errors(read(noExpectation))).containsExactly("mine.scenario.yaml:1:1: error: expect: a scenario "
                + "says what the diagnostic must hold: add expect (and expectNot for what it must not hold)");
    }

    @Test
    void aKnowledgeTableAndAResourceOfTheScenarioAreRead() throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "id,parent,kind,label_fr,label_en,synonyms_fr,synonyms_en,"
                + "waste_codes,unit\nwalnut-shells,wood-waste,waste,Coquilles de noix,Walnut shells,,,,t\n");
        Files.writeString(dir.resolve("substitutions.csv"), "offered,demanded,ratio,min_temperature_c,"
                + "max_temperature_c,hazardous_allowed,preparation_fr,preparation_en,source\n");
        Scenario scenario = read(SCENARIO.replace("resource: sawdust, quantity: 800", "resource: walnut-shells, "
                + "quantity: 800") + "knowledge: [resources.csv, substitutions.csv]\n");
        assertThat(errors(scenario)).isEmpty();
        assertThat(scenario.workspace().knowledge()).extracting(k -> k.baseName()).containsExactly(
                "substitutions.csv");
        assertThat(scenario.workspace().taxonomy().find("walnut-shells")).isPresent();
    }
}
