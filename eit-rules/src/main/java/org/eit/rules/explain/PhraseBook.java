package org.eit.rules.explain;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.eit.core.model.Language;

/**
 * The sentence fragments of one stage, in French and English: a properties file such as
 * {@code org/eit/rules/detection/Phrases.properties} and {@code Phrases_fr.properties}, each value an ICU
 * MessageFormat pattern with named arguments ({@code L'offre couvre {percent} % du besoin.}). Fragments that several
 * rules share live here rather than in Java, so that a domain expert can read and change them.
 *
 * @param bundle the bundle's base name
 * @param loader the class loader that holds it
 */
public record PhraseBook(String bundle, ClassLoader loader) {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public PhraseBook {
        Objects.requireNonNull(bundle, "PhraseBook.bundle");
        Objects.requireNonNull(loader, "PhraseBook.loader");
    }

    /** The bundle {@code Phrases} in the package of {@code anchor}. */
    public static PhraseBook of(Class<?> anchor) {
        return new PhraseBook(anchor.getPackageName() + ".Phrases", anchor.getClassLoader());
    }

    /** The pattern of {@code key} in {@code language}; an {@link IllegalArgumentException} when it is missing. */
    public String pattern(String key, Language language) {
        return PATTERNS.get(new Key(bundle, loader, key, language), k -> {
            Locale locale = language == Language.FR ? Locale.FRENCH : Locale.ROOT;
            try {
                return ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK).getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalArgumentException("no phrase " + key + " in " + bundle + " (" + language.code() + ")",
                        e);
            }
        });
    }

    /**
     * Patterns found once: a region's sentences ask millions of times for the same few hundred, and each bundle
     * lookup builds its cache key.
     */
    private static final org.eit.core.internal.collect.BoundedCache<Key, String> PATTERNS =
            new org.eit.core.internal.collect.BoundedCache<>(16_384);

    private record Key(String bundle, ClassLoader loader, String key, Language language) {
    }

    /** A fragment of this book with its arguments. */
    public Phrase phrase(String key, Object... namesAndValues) {
        return Phrase.of(this, key, namesAndValues);
    }
}
