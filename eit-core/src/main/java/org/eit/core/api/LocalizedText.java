package org.eit.core.api;

import java.util.Locale;
import java.util.Objects;
import org.eit.core.model.Language;

/** A sentence in French and in English. */
public record LocalizedText(String fr, String en) {
    public LocalizedText {
        Objects.requireNonNull(fr, "LocalizedText.fr");
        Objects.requireNonNull(en, "LocalizedText.en");
    }

    public String in(Locale locale) {
        return Language.of(locale) == Language.FR ? fr : en;
    }
}
