package org.eit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.api.SourceFile;
import org.eit.rules.analysis.DiagnosticBuilder;
import org.eit.rules.engine.RulePack;
import org.eit.rules.engine.ShippedPacks;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules compile (this class also runs a second time with Drools' new DRL parser,
 * {@code drools.drl.antlr4.parser.enabled=true}: see the surefire configuration of eit-rules), every rule that
 * records a finding explains itself in both languages, and with placeholders the findings fill.
 */
class ShippedRulesTest {
    private static final Pattern RULE = Pattern.compile(
            "rule \"([^\"]+)\"(.*?)\\bwhen\\b(.*?)\\bthen\\b(.*?)\\bend\\b", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("@(fr|en)\\(\"([^\"]*)\"\\)");
    private static final Set<String> PAIR_VARS = Set.of("offerActor", "demandActor", "offered", "demanded",
            "offerQuantity", "demandQuantity", "quantity", "distance", "preparation", "coverage", "ratio", "mode",
            "reach");
    private static final Set<String> POOL_VARS = Set.of("theme", "count", "members", "radius", "quantity", "where",
            "total");
    private static final Set<String> NETWORK_VARS = Set.of("verdict", "entities", "resources");

    @Test
    void theShippedRulesCompileAndRun() {
        // Compiling happens on the first analysis; a compile error would throw here with file and line.
        assertThat(new Fixture().actor("A", 0, "Z").offer("F1", "A", "sawdust", 1).analyze().rulePacks())
                .containsExactly("network", "pooling", "substitution");
        System.out.println("DRL parser: " + (Boolean.getBoolean("drools.drl.antlr4.parser.enabled")
                ? "new (antlr4)" : "classic"));
    }

    @Test
    void everyRuleThatRecordsAFindingExplainsItselfInBothLanguages() {
        List<RulePack> packs = ShippedPacks.all();
        int explained = 0;
        for (RulePack pack : packs) {
            for (SourceFile file : pack.files()) {
                Matcher rule = RULE.matcher(file.content());
                while (rule.find()) {
                    String name = rule.group(1);
                    String consequence = rule.group(4);
                    boolean records = consequence.contains("exchange(") || consequence.contains("sharing(")
                            || consequence.contains("pooling(") || consequence.contains("chertow32(");
                    if (!records) {
                        continue;
                    }
                    Set<String> allowed = consequence.contains("pooling(") ? POOL_VARS
                            : consequence.contains("chertow32(") ? NETWORK_VARS : PAIR_VARS;
                    Matcher meta = META.matcher(rule.group(2));
                    int languages = 0;
                    while (meta.find()) {
                        languages++;
                        assertThat(DiagnosticBuilder.placeholders(meta.group(2)))
                                .as("placeholders of %s @%s", name, meta.group(1)).isSubsetOf(allowed);
                    }
                    assertThat(languages).as("@fr and @en of rule %s", name).isEqualTo(2);
                    explained++;
                }
            }
        }
        assertThat(explained).isGreaterThanOrEqualTo(7);
    }
}
