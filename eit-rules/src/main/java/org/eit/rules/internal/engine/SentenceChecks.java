package org.eit.rules.internal.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;
import org.eit.rules.explain.Sentences;
import org.eit.rules.spi.Stage;

/**
 * Checks the sentences rules explain themselves with, shipped rules and a territory's alike: a rule that records a
 * finding (its consequence calls one of the stage's finding functions) writes it in French and English, each a
 * valid ICU pattern whose placeholders the stage fills. Problems name the rule's file and line.
 */
final class SentenceChecks {
    private SentenceChecks() {
    }

    static void check(Stage stage, List<RuleSource> files, Problems problems) {
        Set<String> known = stage.placeholders();
        for (RuleSource source : files) {
            PackageDescr pkg;
            try {
                DrlParser parser = new DrlParser();
                pkg = parser.parse(false, source.file().content());
                if (parser.hasErrors() || pkg == null) {
                    continue; // the compiler reports syntax errors, with their lines
                }
            } catch (DroolsParserException e) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                if (rule.isQuery()) {
                    continue;
                }
                Location at = Location.of(source.file().name(), Math.max(1, rule.getLine()));
                String fr = sentence(rule, "fr");
                String en = sentence(rule, "en");
                boolean records = records(rule, stage.findingFunctions());
                if (fr == null && en == null) {
                    if (records) {
                        problems.error(RulesMessages.MESSAGES, "rule.sentence-missing", at, "rule", rule.getName(),
                        rule.getName());
                    }
                    continue;
                }
                if (fr == null || en == null) {
                    problems.error(RulesMessages.MESSAGES, "rule.sentence-one-language", at, "rule", rule.getName(),
                            rule.getName(), fr == null ? "@en" : "@fr", fr == null ? "@fr" : "@en");
                }
                checkPlaceholders(rule, "fr", fr, known, at, problems);
                checkPlaceholders(rule, "en", en, known, at, problems);
            }
        }
    }

    private static void checkPlaceholders(RuleDescr rule, String language, String sentence, Set<String> known,
                                          Location at, Problems problems) {
        if (sentence == null) {
            return;
        }
        try {
            List<String> unknown = Sentences.unknownPlaceholders(sentence, known);
            for (String name : unknown) {
                problems.error(RulesMessages.MESSAGES, "rule.sentence-placeholder", at, "@" + language, name,
                        rule.getName(), String.join(", ", new TreeSet<>(known)));
            }
        } catch (IllegalArgumentException e) {
            problems.error(RulesMessages.MESSAGES, "rule.sentence-syntax", at, "@" + language, null,
                    rule.getName(), e.getMessage());
        }
    }

    private static String sentence(RuleDescr rule, String language) {
        AnnotationDescr annotation = rule.getAnnotation(language);
        if (annotation == null || annotation.getSingleValue() == null) {
            return null;
        }
        return AnnotationDescr.unquote(annotation.getSingleValue().toString());
    }

    private static boolean records(RuleDescr rule, Set<String> functions) {
        Object consequence = rule.getConsequence();
        if (consequence == null) {
            return false;
        }
        String text = consequence.toString();
        return functions.stream().anyMatch(f -> Pattern.compile("\\b" + Pattern.quote(f) + "\\s*\\(").matcher(text)
                .find());
    }
}
