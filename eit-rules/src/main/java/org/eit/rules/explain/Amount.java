package org.eit.rules.explain;

import java.text.NumberFormat;
import java.util.Locale;

/** A number with its unit, written the way each language writes numbers ("1 234,5 t", "1,234.5 t"). */
public record Amount(double value, String unit) {
    /** Number formats are costly to make and not safe to share between threads: one per thread and locale. */
    private static final ThreadLocal<java.util.Map<Locale, NumberFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** The fragments every stage shares (unknown quantity, per year...). */
    public static final PhraseBook COMMON = PhraseBook.of(Amount.class);

    /** An amount, or "unknown quantity" when {@code value} is null. */
    public static Object of(Double value, String unit) {
        return value == null ? COMMON.phrase("quantity.unknown") : new Amount(value, unit);
    }

    public String in(Locale locale) {
        return localized(value, locale) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** Three significant figures at most, grouped by thousands. */
    public static String localized(double value, Locale locale) {
        NumberFormat format = FORMATS.get().computeIfAbsent(locale, NumberFormat::getNumberInstance);
        double magnitude = Math.abs(value);
        format.setMaximumFractionDigits(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
        // French groups thousands with a narrow no-break space; a plain no-break space reads the same everywhere.
        return format.format(value).replace('\u202f', '\u00a0');
    }

    /** {@code value} to three significant figures: what a sentence says of a total ("1 170 000 EUR", not 1 174 554). */
    public static double rounded(double value) {
        return org.eit.core.internal.text.Numbers.significant(value, 3);
    }

    /** Locale-neutral number for formulas: up to three decimals, no grouping. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        // Most figures have three decimals or fewer as Java writes them: those need no rounding, only their zeros cut.
        String shortest = Double.toString(value);
        int dot = shortest.indexOf('.');
        if (dot > 0 && shortest.indexOf('E') < 0 && shortest.length() - dot - 1 <= 3) {
            int end = shortest.length();
            while (shortest.charAt(end - 1) == '0') {
                end--;
            }
            String cut = shortest.substring(0, shortest.charAt(end - 1) == '.' ? end - 1 : end);
            return cut.equals("-0") ? "0" : cut;
        }
        String text = java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** A flow's figure for formulas: per year for rates, as it is for capacities. */
    public static String plain(Double value, String unit, boolean perYear) {
        return value == null ? "?" : number(value) + " " + unit + (perYear ? "/yr" : "");
    }
}
