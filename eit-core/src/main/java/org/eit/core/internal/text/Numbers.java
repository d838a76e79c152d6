package org.eit.core.internal.text;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads numbers as spreadsheets write them: {@code 1234.5}, {@code 1 234,5} (French, with a space, no-break or
 * narrow no-break space between thousands), {@code 1.234,5}, {@code 1,234.5}, {@code 1'234.5}, {@code 1e3}.
 *
 * <p>A lone comma is a decimal comma in files that use the French convention ({@code decimalComma}, i.e.
 * semicolon-separated); elsewhere it is a decimal comma unless it is followed by exactly three digits, which
 * English writers use for thousands ({@code 2,500}).
 */
public final class Numbers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\u202f']");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private Numbers() {
    }

    public static OptionalDouble parse(String text, boolean decimalComma) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = SEPARATORS.matcher(text.trim()).replaceAll("");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            // Both: the last one is the decimal mark, the other separates thousands.
            s = lastComma > lastDot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (lastComma >= 0) {
            boolean thousands = !decimalComma && COMMA_THOUSANDS.matcher(s).matches();
            s = thousands ? s.replace(",", "") : (s.indexOf(',') == lastComma ? s.replace(',', '.') : null);
        } else if (lastDot >= 0 && s.indexOf('.') != lastDot) {
            // 1.234.567: dots between thousands.
            s = DOT_THOUSANDS.matcher(s).matches() ? s.replace(".", "") : null;
        }
        if (s == null || !NUMBER.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
