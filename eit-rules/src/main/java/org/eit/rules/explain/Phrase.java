package org.eit.rules.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence fragment to be written in the reader's language: a key of a {@link PhraseBook} and the values of its
 * placeholders. A placeholder of a rule's sentence may hold one ({@code {coverage}}).
 */
public record Phrase(PhraseBook book, String key, Map<String, Object> args) {
    public Phrase {
        Objects.requireNonNull(book, "Phrase.book");
        Objects.requireNonNull(key, "Phrase.key");
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** {@code of(book, "coverage.partial-offer", "percent", 38)}: names and values alternate. */
    public static Phrase of(PhraseBook book, String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + key);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Phrase(book, key, args);
    }
}
