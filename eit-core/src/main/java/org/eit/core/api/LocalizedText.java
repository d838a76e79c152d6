package org.eit.core.api;

import java.util.Locale;
import java.util.Objects;

/** A sentence in French and in English. */
public record LocalizedText(String fr, String en) {
    public LocalizedText {
        Objects.requireNonNull(fr, "LocalizedText.fr");
        Objects.requireNonNull(en, "LocalizedText.en");
    }

    public String in(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
