package org.eit.rules.facts;

import java.text.NumberFormat;
import java.util.Locale;

/** A number with its unit, written the way each language writes numbers ("1 234,5 t", "1,234.5 t"). */
public record Amount(double value, String unit) {

    /** An amount, or a "not known" text when {@code value} is null. */
    static Object of(Double value, String unit) {
        if (value == null) {
            return new org.eit.core.api.LocalizedText("quantité inconnue", "unknown quantity");
        }
        return new Amount(value, unit);
    }

    public String in(Locale locale) {
        return localized(value, locale) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** Three significant figures at most, grouped by thousands. */
    static String localized(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        double magnitude = Math.abs(value);
        format.setMaximumFractionDigits(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
        String text = format.format(value);
        // French groups thousands with a narrow no-break space; a plain no-break space reads the same everywhere.
        return text.replace('\u202f', '\u00a0');
    }

    /** Locale-neutral number for formulas: up to three decimals, no grouping. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** A flow's figure for formulas: per year for rates, as it is for capacities. */
    static String plain(Double value, String unit, boolean perYear) {
        return value == null ? "?" : number(value) + " " + unit + (perYear ? "/yr" : "");
    }
}
