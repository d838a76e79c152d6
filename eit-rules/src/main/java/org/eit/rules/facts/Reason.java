package org.eit.rules.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eit.core.api.LocalizedText;
import org.kie.api.definition.rule.Rule;

/**
 * What one rule said, so that a person can read why: the rule's name and pack, the reference it cites (its
 * {@code @reference}: a regulation's article, a guide), its {@code @fr}/{@code @en} sentence, and the values that
 * sentence needs beyond those of the pair it judged.
 *
 * @param rule      the rule's name
 * @param pack      the rule's pack (the last segment of its package: {@code feasibility}, {@code reach}...)
 * @param reference what the rule applies, or null
 * @param template  the rule's sentence in both languages
 * @param values    the rule's own values for its sentence ({@code {moisture}}, {@code {category}}...)
 */
public record Reason(String rule, String pack, String reference, LocalizedText template,
                     Map<String, Object> values) {
    public Reason {
        values = Map.copyOf(values);
    }

    /** The rule's reason with {@code keyValues}: a name, then its value, and so on. */
    public static Reason of(Rule rule, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("values go by name and value: " + keyValues.length + " given");
        }
        Reason bare = BARE.get(new Identity(rule), id -> bare(id.rule()));
        if (keyValues.length == 0) {
            return bare;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                values.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
            }
        }
        return new Reason(bare.rule, bare.pack, bare.reference, bare.template, values);
    }

    /**
     * The reason of a rule without values, made once per rule: a region's rules give millions of reasons, most of
     * them bare. Keyed by the rule itself (two rule bases may hold rules of one name with other sentences).
     */
    private static final org.eit.core.internal.collect.BoundedCache<Identity, Reason> BARE =
            new org.eit.core.internal.collect.BoundedCache<>(4_096);

    private record Identity(Rule rule) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.rule == rule;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(rule);
        }
    }

    private static Reason bare(Rule rule) {
        Object reference = rule.getMetaData().get("reference");
        String pkg = rule.getPackageName();
        return new Reason(rule.getName(), pkg.substring(pkg.lastIndexOf('.') + 1),
                reference == null ? null : reference.toString(), template(rule), Map.of());
    }

    /** The rule's {@code @fr} and {@code @en} sentences; its name where one is missing (validate reports it). */
    public static LocalizedText template(Rule rule) {
        Object fr = rule.getMetaData().get("fr");
        Object en = rule.getMetaData().get("en");
        String fallback = rule.getName();
        return new LocalizedText(fr == null ? fallback : fr.toString(), en == null ? fallback : en.toString());
    }
}
