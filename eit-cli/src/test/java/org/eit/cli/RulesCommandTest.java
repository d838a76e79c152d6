package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eit rules check} compiles a rule folder with the shipped packs and says what is wrong on the author's line;
 * {@code eit rules test} runs the scenarios and shows what differs.
 */
class RulesCommandTest {
    static final String RULE = """
            package myterritory.substitution;

            import org.eit.rules.detection.Candidate;
            import function org.eit.rules.detection.Findings.exchange;

            rule "Local: sawdust to the boiler house next door"
                @fr("{offerActor} peut livrer sa sciure à {demandActor}, à {distance}.")
                @en("{offerActor} can deliver its sawdust to {demandActor}, {distance} away.")
            when
                $c : Candidate( internal == false, offer.resource == "sawdust", distanceKm <= 5 )
            then
                insert( exchange( drools.getRule(), $c ) );
            end
            """;

    static final String SCENARIO = """
            name: The boiler house next door takes the sawmill's sawdust
            territory: {language: en}
            actors:
              - {id: A1, name: Sawmill, kind: company, latitude: 46.5, longitude: 3.2}
              - {id: A2, name: Boiler house, kind: utility, latitude: 46.51, longitude: 3.2}
              - {id: A3, name: Far boiler, kind: utility, latitude: 46.9, longitude: 3.2}
            flows:
              - {id: F1, actor: A1, direction: offer, resource: sawdust, quantity: 800, unit: t/year, source: measured}
              - {id: F2, actor: A2, direction: demand, resource: sawdust, quantity: 300, unit: t/year, source: measured}
              - {id: F3, actor: A3, direction: demand, resource: sawdust, quantity: 300, unit: t/year, source: measured}
            expect:
              synergies:
                - {rules: ["Local: sawdust to the boiler house next door", "Substitution: same resource"], actors: [A1, A2], quantity: 300}
            expectNot:
              synergies:
                - {rules: ["Local: sawdust to the boiler house next door", "Substitution: same resource"], actors: [A1, A3]}
            """;

    @TempDir
    Path dir;

    private Path folder(String rule, String scenario) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("local.drl"), rule);
        if (scenario != null) {
            Files.writeString(rules.resolve("local.scenario.yaml"), scenario);
        }
        return rules;
    }

    @Test
    void aRuleThatCompilesIsSaidSo() throws IOException {
        CliRun run = CliRun.of("rules", "check", folder(RULE, null).toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isEqualTo("1 rule file(s) checked with the shipped packs: no problem.\n");
        assertThat(CliRun.of("--lang", "fr", "rules", "check", dir.resolve("rules/local.drl").toString()).out())
                .isEqualTo("1 fichier(s) de règles vérifié(s) avec les packs fournis : aucun problème.\n");
    }

    @Test
    void everyErrorOfEveryFileIsOnItsLineWithAHintAndExit4() throws IOException {
        Path rules = folder(RULE.replace("offer.resource", "offer.resourse"), null);
        Files.writeString(rules.resolve("second.drl"), RULE.replace("Candidate( internal", "Candidat( internal")
                .replace("rule \"Local:", "rule \"Second:"));
        Files.writeString(rules.resolve("third.drl"), RULE.replace("distanceKm <= 5 )", "distanceKm <= 5")
                .replace("rule \"Local:", "rule \"Third:").replace("\nwhen\n", "\nwehn\n"));
        CliRun run = CliRun.of("rules", "check", rules.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(run.out().lines()).satisfiesExactly(
                field -> assertThat(field).startsWith(rules.resolve("local.drl") + ":10: error: field = 'resourse': "
                        + "Offer has no field of this name: did you mean resource? (fields of Offer: ")
                        .contains(" actor, ", " resource, ", " zone)"),
                type -> assertThat(type).isEqualTo(rules.resolve("second.drl") + ":10: error: type = 'Candidat': "
                        + "no fact type has this name: did you mean Candidate?"),
                keyword -> assertThat(keyword).isEqualTo(rules.resolve("third.drl") + ":9: error: keyword = 'wehn': "
                        + "not a word of the rule language: did you mean when?"),
                summary -> assertThat(summary).isEqualTo("3 rule file(s) checked with the shipped packs: 3 "
                        + "error(s), 0 warning(s)."));
        assertThat(run.err()).doesNotContain("KieProject", "ERROR", "strict-mode");
    }

    @Test
    void aWorkspaceStandsForItsRulesFolder() throws IOException {
        folder(RULE.replace("\nthen\n", "\nthne\n"), null);
        Files.writeString(dir.resolve("territory.yaml"), "name: T\n");
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(run.out()).startsWith(dir.resolve("rules/local.drl") + ":11: error: keyword = 'thne'");
        assertThat(CliRun.of("rules", "check", dir.resolve("nothing").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        Files.delete(dir.resolve("rules/local.drl"));
        assertThat(CliRun.of("rules", "check", dir.toString()).err()).contains("No rule file (*.drl) at");
    }

    @Test
    void aPassingScenarioPasses() throws IOException {
        Path rules = folder(RULE, SCENARIO);
        CliRun run = CliRun.of("rules", "test", rules.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isEqualTo("PASS       " + rules.resolve("local.scenario.yaml")
                + ": The boiler house next door takes the sawmill's sawdust\n"
                + "1 scenario(s): 1 passed, 0 failed, 0 invalid, 0 stopped by a rule error\n");
    }

    @Test
    void aFailingScenarioShowsWhatDiffersAndExits5() throws IOException {
        Path rules = folder(RULE.replace("distanceKm <= 5", "distanceKm <= 50"), SCENARIO.replace("quantity: 300}\n"
                + "expectNot", "quantity: 250}\nexpectNot"));
        CliRun run = CliRun.of("rules", "test", rules.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SCENARIO_FAILED);
        String file = rules.resolve("local.scenario.yaml").toString();
        assertThat(run.out()).startsWith("FAIL       " + file + ": The boiler house next door takes the sawmill's "
                + "sawdust\n"
                + "  " + file + ":13:7: expected in synergies: {rules: [\"Local: sawdust to the boiler house next door\", "
                + "\"Substitution: same resource\"], actors: [A1, A2], quantity: 250}\n"
                + "    no entry of synergies matches (2 in all); the closest:\n")
                .contains("      S-", ": quantity = 300, expected 250\n",
                        "  " + file + ":16:7: not expected in synergies: {rules: [\"Local: sawdust to the boiler "
                                + "house next door\", \"Substitution: same resource\"], actors: [A1, A3]}\n"
                                + "    synergies: 1 matching, and none should:\n"
                                + "      S-")
                .endsWith("1 scenario(s): 0 passed, 1 failed, 0 invalid, 0 stopped by a rule error\n");
    }

    @Test
    void anInvalidScenarioExits3AndOneWhoseRulesDoNotCompileExits4() throws IOException {
        Path rules = folder(RULE, SCENARIO.replace("expectNot:", "expect_not:"));
        CliRun invalid = CliRun.of("rules", "test", rules.toString());
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.out()).contains("INVALID    " + rules.resolve("local.scenario.yaml"),
                rules.resolve("local.scenario.yaml") + ":14:1: error: expect_not: unknown field");

        folder(RULE.replace("offer.resource", "offerr.resource"), SCENARIO);
        CliRun broken = CliRun.of("rules", "test", rules.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(broken.out()).contains("RULE ERROR " + rules.resolve("local.scenario.yaml"),
                "  " + rules.resolve("local.drl") + ":10: error: field = 'offerr': Candidate has no field");
    }

    @Test
    void aFolderWithoutScenariosIsAUsageError() throws IOException {
        CliRun run = CliRun.of("rules", "test", folder(RULE, null).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("No scenario (.scenario.yaml) under");
    }
}
