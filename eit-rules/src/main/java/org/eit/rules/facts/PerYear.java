package org.eit.rules.facts;

import java.util.Locale;
import org.eit.core.model.Language;

/** An amount per year, written "1 200 t par an" or "1,200 t a year". */
public record PerYear(Amount amount) {
    public String in(Locale locale) {
        return amount.in(locale) + (Language.of(locale) == Language.FR ? " par an" : " a year");
    }
}
