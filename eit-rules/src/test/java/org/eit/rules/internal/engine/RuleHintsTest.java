package org.eit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.rules.Fixture;
import org.eit.rules.FixtureAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each common mistake in a rule file is reported on the author's own line with the closest names, in a file checked
 * by safe loading and in one the user vouches for (which Drools compiles straight away) alike; and nothing of
 * Drools' raw wording is left where a hint applies.
 */
class RuleHintsTest {
    private static final EitEngine TRUSTING = Eit.engine().trustRules(true).build();

    /** A rule that compiles: each test spoils one thing of it. Line 10 is the condition, 12 the consequence. */
    private static final String RULE = """
            package myterritory.substitution;

            import org.eit.rules.detection.Candidate;
            import function org.eit.rules.detection.Findings.exchange;

            rule "Mine"
                @fr("{offerActor} donne à {demandActor}.")
                @en("{offerActor} gives to {demandActor}.")
            when
                $c : Candidate( internal == false, offer.resource == "sawdust" )
            then
                insert( exchange( drools.getRule(), $c ) );
            end
            """;

    private static List<String> problems(String drl, boolean trusted) {
        EitEngine engine = trusted ? TRUSTING : Fixture.ENGINE;
        try {
            engine.check(FixtureAccess.of().offer("sawdust").demand("sawdust").rule("rules/mine.drl", drl).request());
            return List.of();
        } catch (RuleException e) {
            return e.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
        }
    }

    private static String spoil(String from, String to) {
        assertThat(RULE).contains(from);
        return RULE.replace(from, to);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theRuleCompilesAsItIs(boolean trusted) {
        assertThat(problems(RULE, trusted)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUnknownFactTypeGetsTheClosestOne(boolean trusted) {
        assertThat(problems(spoil("Candidate( internal", "Candidat( internal"), trusted)).containsExactly(
                "rules/mine.drl:10: error: type = 'Candidat': no fact type has this name: did you mean Candidate?");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUnknownFactTypeNotImportedGetsItsImportLine(boolean trusted) {
        String drl = spoil("import org.eit.rules.detection.Candidate;\n", "")
                .replace("$c : Candidate( internal", "$c : Candidat( internal");
        assertThat(problems(drl, trusted)).containsExactly("rules/mine.drl:9: error: type = 'Candidat': no fact type "
                + "has this name: did you mean Candidate? (import org.eit.rules.detection.Candidate;)");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFactTypeWithoutItsImportGetsTheImportLine(boolean trusted) {
        assertThat(problems(spoil("import org.eit.rules.detection.Candidate;\n", ""), trusted)).containsExactly(
                "rules/mine.drl:9: error: type = 'Candidate': this type is not imported: add "
                        + "import org.eit.rules.detection.Candidate; after the package line");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTypeOfTheEngineWithoutItsImportGetsTheImportLine(boolean trusted) {
        assertThat(problems(spoil("internal == false,", "internal == false, offer.source == DataSource.MEASURED,"),
                trusted)).containsExactly("rules/mine.drl:10: error: type = 'DataSource': this type is not imported: "
                + "add import org.eit.core.model.DataSource; after the package line");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUnknownFieldGetsTheClosestFieldsOfItsFact(boolean trusted) {
        assertThat(problems(spoil("offer.resource", "offerr.resource"), trusted)).singleElement().asString()
                .startsWith("rules/mine.drl:10: error: field = 'offerr': Candidate has no field of this name: did you "
                        + "mean offer? (fields of Candidate: ").contains(" demand, ", " offer, ", " internal, ");
        assertThat(problems(spoil("offer.resource", "offer.resourse"), trusted)).singleElement().asString()
                .startsWith("rules/mine.drl:10: error: field = 'resourse': Offer has no field of this name: did you "
                        + "mean resource? (fields of Offer: ").contains(" actor, ", " resource, ")
                .doesNotContain("strict-mode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wehn|when|9", "thne|then|11", "ed|end|13"})
    void aMisspelledKeywordGetsTheKeywordOnItsLine(String spec) {
        String[] s = spec.split("\\|");
        for (boolean trusted : new boolean[] {false, true}) {
            assertThat(problems(spoil("\n" + s[1] + "\n", "\n" + s[0] + "\n"), trusted)).as("trusted %s", trusted)
                    .containsExactly("rules/mine.drl:" + s[2] + ": error: keyword = '" + s[0] + "': not a word of "
                            + "the rule language: did you mean " + s[1] + "?");
        }
    }

    @Test
    void aMisspelledRuleOrImportGetsTheKeyword() {
        assertThat(problems(spoil("rule \"Mine\"", "rul \"Mine\""), false)).containsExactly(
                "rules/mine.drl:6: error: keyword = 'rul': not a word of the rule language: did you mean rule?");
        assertThat(problems(spoil("import org.eit.rules.detection.Candidate;",
                "improt org.eit.rules.detection.Candidate;"), false)).containsExactly(
                "rules/mine.drl:3: error: keyword = 'improt': not a word of the rule language: did you mean import?");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aParenthesisNotClosedIsReportedOnItsOwnLineNotOnThen(boolean trusted) {
        assertThat(problems(spoil("\"sawdust\" )", "\"sawdust\""), trusted)).containsExactly(
                "rules/mine.drl:10: error: a parenthesis opened on line 10 is not closed before \"then\": add ) at "
                        + "the end of the condition");
    }

    @Test
    void aConditionOverTwoLinesIsReportedOnItsLastLine() {
        String drl = spoil("internal == false, offer.resource == \"sawdust\" )",
                "internal == false,\n                    offer.resource == \"sawdust\"");
        assertThat(problems(drl, false)).containsExactly("rules/mine.drl:11: error: a parenthesis opened on line 10 "
                + "is not closed before \"then\": add ) at the end of the condition");
    }

    @Test
    void aMissingCommaIsSaid() {
        assertThat(problems(spoil("internal == false,", "internal == false"), false)).containsExactly(
                "rules/mine.drl:10:39: error: a comma is missing before \"offer\"? The constraints on one fact are "
                        + "separated by commas");
    }

    @Test
    void aRuleWithoutEndIsNamed() {
        assertThat(problems(spoil("\nend\n", "\n"), false)).containsExactly(
                "rules/mine.drl:6: error: rule = 'Mine': rule \"Mine\" is not closed: write end on the line after its "
                        + "consequence");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUnknownFunctionGetsTheClosestOneOnTheLineThatCallsIt(boolean trusted) {
        assertThat(problems(spoil("insert( exchange(", "insert( exchang("), trusted)).containsExactly(
                "rules/mine.drl:12: error: function = 'exchang': no function has this name: did you mean exchange?");
    }

    @Test
    void aFunctionOfTheEngineNotImportedGetsItsImportLine() {
        assertThat(problems(spoil("import function org.eit.rules.detection.Findings.exchange;\n", ""), true))
                .containsExactly("rules/mine.drl:11: error: function = 'exchange': this function is not imported: add import function "
                        + "org.eit.rules.detection.Findings.exchange; after the package line");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aStatementWithoutItsSemicolonIsReportedOnItsLine(boolean trusted) {
        assertThat(problems(spoil("drools.getRule(), $c ) );", "drools.getRule(), $c ) )"), trusted))
                .containsExactly("rules/mine.drl:12: error: this statement of the consequence does not end with ; "
                        + "(each one does)");
    }

    @Test
    void aJavaErrorOfAConsequenceIsOnTheConsequenceNotTheRuleLine() {
        assertThat(problems(spoil("insert( exchange( drools.getRule(), $c ) );", "int n = \"text\";\n"
                + "    insert( exchange( drools.getRule(), $c ) );"), true)).singleElement().asString()
                .startsWith("rules/mine.drl:12: error: the rule does not compile: Rule Compilation error");
    }

    @Test
    void anUnboundVariableGetsTheClosestBinding() {
        assertThat(problems(spoil("drools.getRule(), $c )", "drools.getRule(), $cc )"), true)).containsExactly(
                "rules/mine.drl:12: error: variable = '$cc': no pattern of this rule binds this name: did you mean "
                        + "$c?");
    }

    @Test
    void anUnknownPlaceholderGetsTheClosestOne() {
        assertThat(problems(spoil("gives to {demandActor}", "gives to {demandActr}"), false)).singleElement()
                .asString().startsWith("rules/mine.drl:6: error: @en = 'demandActr': rule \"Mine\" uses an unknown "
                        + "placeholder: did you mean {demandActor}? (this stage fills: ")
                .contains(" demandActor, demandQuantity, demanded, ");
        assertThat(problems(spoil("à {demandActor}", "à {deDemandActr}"), false)).singleElement().asString()
                .contains("did you mean {deDemandActor}?");
    }

    @Test
    void aMissingLanguageIsSaidAndAMisspelledTagNamed() {
        assertThat(problems(spoil("    @en(\"{offerActor} gives to {demandActor}.\")\n", ""), false))
                .containsExactly("rules/mine.drl:6: error: rule = 'Mine': rule \"Mine\" has @fr but no @en: write its "
                        + "sentence in French and English");
        assertThat(problems(spoil("@en(", "@eng("), false)).containsExactly("rules/mine.drl:6: error: rule = 'Mine': "
                + "rule \"Mine\" has no sentence in both languages: @eng is not a language, write @en(\"...\")");
    }

    @Test
    void aPackageNamingAMisspelledStageGetsTheClosest() {
        assertThat(problems(spoil("myterritory.substitution", "myterritory.substitutoin"), false)).containsExactly(
                "rules/mine.drl:1: error: package = 'myterritory.substitutoin': this package names no stage of the "
                        + "analysis: did you mean substitution? (package myterritory.substitution;)");
    }

    @Test
    void twoRulesOfOnePackageWithOneNameSayWhereTheOtherIs() {
        List<String> problems;
        try {
            Fixture.ENGINE.check(FixtureAccess.of().offer("sawdust").rule("rules/a.drl", RULE)
                    .rule("rules/b.drl", RULE).request());
            problems = List.of();
        } catch (RuleException e) {
            problems = e.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
        }
        assertThat(problems).singleElement().asString().matches("rules/[ab]\\.drl:6: error: rule = 'Mine': another "
                + "rule of package myterritory\\.substitution has this name \\(rules/[ab]\\.drl:6\\): give each rule a "
                + "name of its own").satisfies(p -> assertThat(p.substring(0, 11)).isNotEqualTo(p.substring(
                        p.indexOf('(') + 1, p.indexOf('(') + 12)));
    }

    @Test
    void everyFileIsReportedEvenWhenSafeLoadingRefusesOne() {
        List<String> problems;
        try {
            Fixture.ENGINE.check(FixtureAccess.of().offer("sawdust")
                    .rule("rules/a.drl", spoil("offer.resource", "offerr.resource"))
                    .rule("rules/b.drl", spoil("\"sawdust\" )", "\"sawdust\"").replace("\"Mine\"", "\"Other\""))
                    .request());
            problems = List.of();
        } catch (RuleException e) {
            problems = e.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
        }
        assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("rules/a.drl:10: error: field = "
                + "'offerr'")).anySatisfy(p -> assertThat(p).startsWith("rules/b.drl:10: error: a parenthesis"));
    }

    @Test
    void safeLoadingRefusalsThatAreNoSlipOfTheKeyboardStayAsTheyAre() {
        assertThat(problems(spoil("offer.resource == \"sawdust\"", "offer.resource == System.getenv(\"HOME\")"),
                false)).isNotEmpty().allSatisfy(p -> assertThat(p).contains("safe loading"));
        assertThat(problems(spoil("insert( exchange( drools.getRule(), $c ) );", "System.exit( 0 );"), false))
                .isNotEmpty().allSatisfy(p -> assertThat(p).contains("safe loading"));
    }

    @Test
    void closeNamesAreOneOrTwoEditsAway() {
        assertThat(org.eit.core.internal.text.Text.swapDistance("wehn", "when")).isEqualTo(1);
        assertThat(org.eit.core.internal.text.Text.swapDistance("improt", "import")).isEqualTo(1);
        assertThat(RuleHints.closest("ed", List.of("end", "rule"))).contains("end");
        assertThat(RuleHints.closest("distancekm", List.of("distanceKm", "demand"))).contains("distanceKm");
        assertThat(RuleHints.closest("foo", List.of("offer", "demand"))).isEmpty();
        assertThat(RuleHints.closest("insert", List.of("import"))).isEmpty();
    }
}
