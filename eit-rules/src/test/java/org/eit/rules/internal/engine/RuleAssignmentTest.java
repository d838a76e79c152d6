package org.eit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.eit.core.api.RuleException;
import org.eit.rules.FixtureAccess;
import org.junit.jupiter.api.Test;

/** A territory's rule file goes to the stage its package names; its pack is the package's last part. */
class RuleAssignmentTest {
    private static final String RULE = """
            package %s;
            import org.eit.rules.detection.Candidate;
            import function org.eit.rules.detection.Findings.exchange;

            rule "Mine"
                @fr("{offerActor} et {demandActor}.")
                @en("{offerActor} and {demandActor}.")
            when
                $c : Candidate( internal == false )
            then
                insert( exchange( drools.getRule(), $c ) );
            end
            """;

    @Test
    void aPackageNamingAStageOrAPackAddsToThatStage() {
        for (String pkg : new String[] {"myterritory.detection.local", "myterritory.substitution.local"}) {
            var diagnostic = FixtureAccess.of().offer("sawdust").demand("sawdust")
                    .rule("rules/mine.drl", RULE.formatted(pkg)).analyze();
            assertThat(diagnostic.rulePacks()).as(pkg).contains("local");
            assertThat(diagnostic.synergies()).extracting(s -> s.rule()).contains("Mine");
        }
    }

    @Test
    void aPackageNamingNoStageIsRefusedOnItsLine() {
        assertThatThrownBy(() -> FixtureAccess.of().offer("sawdust")
                .rule("rules/mine.drl", "\n" + RULE.formatted("org.example.mine")).analyze())
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.format(Locale.ENGLISH)).startsWith("rules/mine.drl:2: error: "
                                + "package = 'org.example.mine': this package names no stage")));
    }

    @Test
    void aSentenceWithAnUnknownPlaceholderOrOneLanguageIsARuleError() {
        String bad = RULE.formatted("x.substitution.mine").replace("{demandActor}.\")\n    @en", "{demandActr}.\")\n"
                + "    @en").replace("    @en(\"{offerActor} and {demandActor}.\")\n", "");
        assertThatThrownBy(() -> FixtureAccess.of().offer("sawdust")
                .rule("rules/mine.drl", bad).analyze())
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.format(Locale.ENGLISH)).satisfiesExactly(
                                unknown -> assertThat(unknown).startsWith("rules/mine.drl:5: error: @fr = "
                                        + "'demandActr': rule \"Mine\" uses an unknown placeholder: did you mean "
                                        + "{demandActor}? (this stage fills: ")
                                        .contains("demandActor, demandQuantity, demanded, "),
                                oneLanguage -> assertThat(oneLanguage).isEqualTo("rules/mine.drl:5: error: rule = "
                                        + "'Mine': rule \"Mine\" has @fr but no @en: write its sentence in French "
                                        + "and English")));
    }
}
