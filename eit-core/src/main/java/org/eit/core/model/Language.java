package org.eit.core.model;

import java.util.Locale;
import java.util.Optional;

/** The languages eit reports in. */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** French for a French locale, else English: the language a report in {@code locale} is written in. */
    public static Language of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FR : EN;
    }

    /** {@code fr}, {@code FR}, {@code français}, {@code en}, {@code english}... */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = org.eit.core.internal.text.Text.fold(text.trim());
        return switch (t) {
            case "fr", "fra", "fre", "french", "francais" -> Optional.of(FR);
            case "en", "eng", "english", "anglais" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
