package org.eit.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped rules compile (this class also runs a second time with Drools' new DRL parser,
 * {@code drools.drl.antlr4.parser.enabled=true}: see the surefire configuration of eit-rules), and every rule that
 * records a finding explains itself in both languages with placeholders its stage fills: {@code check} compiles
 * every stage and checks every sentence, shipped ones included.
 */
class ShippedRulesTest {

    @Test
    void theShippedRulesCompileAndRun() {
        assertThat(new Fixture().actor("A", 0, "Z").offer("F1", "A", "sawdust", 1).analyze().rulePacks())
                .containsExactly("actions", "afom", "compatibility", "feasibility", "governance", "indicators",
                        "network", "pooling", "reach", "substitution");
        System.out.println("DRL parser: " + (Boolean.getBoolean("drools.drl.antlr4.parser.enabled")
                ? "new (antlr4)" : "classic"));
    }

    @Test
    void everyRuleThatRecordsAFindingExplainsItselfInBothLanguages() {
        Fixture fixture = new Fixture().actor("A", 0, "Z").offer("F1", "A", "sawdust", 1);
        assertThat(Fixture.ENGINE.check(fixture.request())).isEmpty();
    }
}
