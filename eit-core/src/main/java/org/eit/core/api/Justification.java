package org.eit.core.api;

import java.util.Objects;

/**
 * One rule's word on a synergy or a refused pair: the rule, what it applies (a regulation's article, a guide) and
 * its sentence in French and English.
 *
 * @param rule      the rule's name
 * @param reference what the rule applies, or null
 * @param text      the rule's sentence, filled with the pair's values
 */
public record Justification(String rule, String reference, LocalizedText text) {
    public Justification {
        Objects.requireNonNull(rule, "Justification.rule");
        Objects.requireNonNull(text, "Justification.text");
    }
}
