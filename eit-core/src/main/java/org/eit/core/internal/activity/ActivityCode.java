package org.eit.core.internal.activity;

import java.util.Locale;
import org.eit.core.model.Language;

/**
 * A code of the French activity nomenclature NAF rév. 2, identical to NACE Rev. 2 down to the class
 * ({@code 10.71}); the French sub-class adds a letter ({@code 10.71C}).
 *
 * @param code    as INSEE writes it: {@code C}, {@code 10}, {@code 10.7}, {@code 10.71}, {@code 10.71C}
 * @param level   section, division, group, class or subclass
 * @param labelFr INSEE label
 * @param labelEn NACE Rev. 2 label (for a sub-class, the label of its class)
 */
public record ActivityCode(String code, String level, String labelFr, String labelEn) {

    /** The two-digit division ({@code 10} for {@code 10.71C}), or the code itself for a section. */
    public String division() {
        return code.length() >= 2 && Character.isDigit(code.charAt(0)) ? code.substring(0, 2) : code;
    }

    public String label(Locale locale) {
        return Language.of(locale) == Language.FR || labelEn.isEmpty() ? labelFr : labelEn;
    }
}
