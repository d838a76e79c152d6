package org.eit.core.internal.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numbers as spreadsheets write them: {@code 1234.5}, {@code 1 234,5} (French, with a space, no-break or
 * narrow no-break space between thousands), {@code 1.234,5}, {@code 1,234.5}, {@code 1'234.5}, {@code 1e3},
 * {@code −5} (a typographic minus).
 *
 * <p>Whether {@code 1.250} is one and a quarter or twelve hundred and fifty cannot be told from the cell: it depends
 * on the decimal mark of the file. So a file's numbers are read in two steps: a {@link Tally} of what every value of
 * a column (and of the file) says by itself about the decimal mark decides the column's {@link Mark}, then each
 * value is {@link #read read} with it. The {@link Reading} says whether the value was unambiguous, ambiguous and
 * settled by the mark, or written against the mark of the rest of the column, so that callers can warn.
 */
public final class Numbers {
    /** Numbers beyond this size are typing mistakes or unit slips, and would overflow sums and conversions. */
    public static final double MAX_MAGNITUDE = 1e15;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\u202f'’]");
    private static final Pattern EXPONENT = Pattern.compile("[eE][-+]?\\d{1,4}$");
    private static final Pattern MANTISSA = Pattern.compile("[0-9.,]+");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Set<String> NOT_FINITE = Set.of("nan", "inf", "infinity", "∞", ".inf", ".nan", "infini",
            "+inf", "+infinity", "-inf", "-infinity", "-∞", "-.inf", "+.inf");

    private Numbers() {
    }

    /** The decimal mark of a column or file. */
    public enum Mark {
        /** {@code 1234.5}; commas separate thousands. */
        POINT,
        /** {@code 1234,5}; dots (and spaces) separate thousands. */
        COMMA;

        public char symbol() {
            return this == POINT ? '.' : ',';
        }
    }

    /** How a text was read. */
    public enum Status {
        /** The text is a number that reads one way only. */
        EXACT,
        /** {@code 1.250} or {@code 1,250}: read with the mark given (as thousands or as decimals). */
        AMBIGUOUS,
        /** {@code 12.5} where the mark is the comma (or the reverse): read by its own mark, which is not the mark given. */
        AGAINST_MARK,
        /** Not a number. */
        INVALID,
        /** NaN or an infinity, or beyond the range of a double ({@code 1e999}). */
        NOT_FINITE,
        /** Finite but larger than {@link #MAX_MAGNITUDE}. */
        TOO_LARGE,
        /** A spreadsheet's error value ({@code #DIV/0!}, {@code #N/A}, {@code #VALEUR!}...): a broken formula. */
        SPREADSHEET_ERROR
    }

    /**
     * A text read as a number.
     *
     * @param value  the value; NaN unless {@link #usable()}
     * @param status how it was read
     * @param own    the decimal mark the text shows by itself (null when it shows none or is ambiguous)
     */
    public record Reading(double value, Status status, Mark own) {
        public boolean usable() {
            return status == Status.EXACT || status == Status.AMBIGUOUS || status == Status.AGAINST_MARK;
        }

        /** The value written plainly ({@code 1250}, {@code 1.25}), for messages: no grouping, no exponent. */
        public String plain() {
            return usable() ? Numbers.plain(value) : "";
        }
    }

    /** {@code value} written plainly, without grouping or exponent: {@code 1250}, {@code 1.25}. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads {@code text} as a number of a file whose decimal mark is the comma when {@code decimalComma}; the old
     * cell-by-cell form, for tables whose columns are not tallied. Empty when the text is not a usable number.
     */
    public static OptionalDouble parse(String text, boolean decimalComma) {
        Reading reading = read(text, decimalComma ? Mark.COMMA : Mark.POINT);
        return reading.usable() ? OptionalDouble.of(reading.value()) : OptionalDouble.empty();
    }

    /** Reads {@code text} with {@code mark} as the decimal mark of its column. Never throws. */
    public static Reading read(String text, Mark mark) {
        if (text == null) {
            return invalid();
        }
        String trimmed = text.trim();
        boolean negative = false;
        String exponent = "";
        String s;
        int plain = plainMantissa(trimmed);
        if (plain > 0) {
            // Digits and marks only (most cells of a large file): what the patterns below would find is known.
            negative = plain == 2;
            s = negative ? trimmed.substring(1) : trimmed;
        } else {
            if (trimmed.startsWith("#") && trimmed.length() > 1) {
                return new Reading(Double.NaN, Status.SPREADSHEET_ERROR, null);
            }
            s = SEPARATORS.matcher(trimmed).replaceAll("").replace('\u2212', '-');
            if (NOT_FINITE.contains(s.toLowerCase(Locale.ROOT))) {
                return new Reading(Double.NaN, Status.NOT_FINITE, null);
            }
            if (s.startsWith("-") || s.startsWith("+")) {
                negative = s.charAt(0) == '-';
                s = s.substring(1);
            }
            java.util.regex.Matcher e = EXPONENT.matcher(s);
            if (e.find() && e.start() > 0) {
                exponent = s.substring(e.start());
                s = s.substring(0, e.start());
            }
            if (s.isEmpty() || !MANTISSA.matcher(s).matches() || s.chars().noneMatch(Character::isDigit)) {
                return invalid();
            }
        }
        int commas = count(s, ',');
        int dots = count(s, '.');
        String integer;
        String fraction;
        Mark own;
        boolean ambiguous = false;
        if (commas == 0 && dots == 0) {
            integer = s;
            fraction = "";
            own = null;
        } else if (commas > 0 && dots > 0) {
            // Both: the last one is the decimal mark, the other separates thousands.
            char decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            char thousands = decimal == ',' ? '.' : ',';
            int at = s.lastIndexOf(decimal);
            integer = s.substring(0, at);
            fraction = s.substring(at + 1);
            if (count(s, decimal) != 1 || fraction.indexOf(thousands) >= 0
                    || !(thousands == ',' ? COMMA_GROUPS : DOT_GROUPS).matcher(integer).matches()) {
                return invalid();
            }
            integer = integer.replace(String.valueOf(thousands), "");
            own = decimal == ',' ? Mark.COMMA : Mark.POINT;
        } else if (commas > 1 || dots > 1) {
            // 1,234,567 or 1.234.567: only thousands.
            if (!(commas > 1 ? COMMA_GROUPS : DOT_GROUPS).matcher(s).matches()) {
                return invalid();
            }
            integer = s.replace(commas > 1 ? "," : ".", "");
            fraction = "";
            own = commas > 1 ? Mark.POINT : Mark.COMMA;
        } else {
            char separator = commas == 1 ? ',' : '.';
            Mark asDecimal = separator == ',' ? Mark.COMMA : Mark.POINT;
            int at = s.indexOf(separator);
            String before = s.substring(0, at);
            String after = s.substring(at + 1);
            if (exponent.isEmpty() && thousandsOrDecimals(before.length(), before.isEmpty() ? '0' : before.charAt(0),
                    after.length())) {
                // 1.250, 12,500: thousands or decimals, as the column's mark says.
                ambiguous = true;
                own = null;
                if (mark == asDecimal) {
                    integer = before;
                    fraction = after;
                } else {
                    integer = before + after;
                    fraction = "";
                }
            } else {
                integer = before;
                fraction = after;
                own = asDecimal;
            }
        }
        String canonical = (negative ? "-" : "") + (integer.isEmpty() ? "0" : integer)
                + (fraction.isEmpty() ? "" : "." + fraction) + exponent;
        double value;
        try {
            value = Double.parseDouble(canonical);
        } catch (NumberFormatException ex) {
            return invalid();
        }
        if (!Double.isFinite(value)) {
            return new Reading(Double.NaN, Status.NOT_FINITE, own);
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            return new Reading(Double.NaN, Status.TOO_LARGE, own);
        }
        Status status = ambiguous ? Status.AMBIGUOUS : own != null && own != mark ? Status.AGAINST_MARK : Status.EXACT;
        return new Reading(value == 0 ? 0.0 : value, status, own);
    }

    /** What {@code text} says by itself of its decimal mark: null when nothing (an integer, {@code 1.250}). */
    public static Mark evidence(String text) {
        if (text == null) {
            return null;
        }
        // Digits with at most one mark, the cells of a large file, tell their mark without being read: any such text
        // is a number, and its mark is its own unless it is three digits after one to three (1.250, 12,500).
        int mark = -1;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c == '.' || c == ',') && mark < 0) {
                mark = i;
            } else {
                return evidenceByReading(text);
            }
        }
        if (!digit || mark < 0) {
            return null;
        }
        if (thousandsOrDecimals(mark, text.charAt(0), text.length() - mark - 1)) {
            return null;
        }
        return text.charAt(mark) == ',' ? Mark.COMMA : Mark.POINT;
    }

    /**
     * Whether a number with one mark, {@code before} digits before it (the first {@code first}) and {@code after}
     * after it, reads both ways: {@code 1.250} and {@code 12,500} are thousands or decimals, as the column's mark says.
     */
    private static boolean thousandsOrDecimals(int before, char first, int after) {
        return after == 3 && before >= 1 && before <= 3 && first != '0';
    }

    static Mark evidenceByReading(String text) {
        Reading reading = read(text, Mark.POINT);
        return reading.status() == Status.INVALID ? null : reading.own();
    }

    private static Reading invalid() {
        return new Reading(Double.NaN, Status.INVALID, null);
    }

    /**
     * 1 when {@code s} is only digits, points and commas with a digit among them; 2 when the same follows a minus
     * sign; 0 otherwise (the general reading then applies).
     */
    private static int plainMantissa(String s) {
        int start = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        boolean digit = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != ',') {
                return 0;
            }
        }
        return digit ? start + 1 : 0;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts what the values of a column (or of a whole file) say of their decimal mark, to decide it from all of
     * them rather than cell by cell. Not thread-safe.
     */
    public static final class Tally {
        private int point;
        private int comma;

        /** Counts {@code text}'s evidence; blank and ambiguous values count for nothing. */
        public Tally add(String text) {
            Mark mark = text == null ? null : evidence(text);
            if (mark == Mark.POINT) {
                point++;
            } else if (mark == Mark.COMMA) {
                comma++;
            }
            return this;
        }

        public Tally add(Tally other) {
            point += other.point;
            comma += other.comma;
            return this;
        }

        public int point() {
            return point;
        }

        public int comma() {
            return comma;
        }

        /** The mark most values show; null when none shows one, or as many show each. */
        public Mark decided() {
            if (point == comma) {
                return null;
            }
            return point > comma ? Mark.POINT : Mark.COMMA;
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * {@code value} to {@code digits} significant digits (1 to 15), half up, exactly as
     * {@code new BigDecimal(value).round(new MathContext(digits))}; 0 stays 0 and a value that is not finite cannot be
     * rounded. Results round every number they show, so the arithmetic is done in doubles (both exact below
     * 10^22) and {@link BigDecimal} only decides when the scaled value lies within a few units of its last place of
     * halfway, where the double's own rounding could have moved it across.
     */
    public static BigDecimal significantDecimal(double value, int digits) {
        if (!Double.isFinite(value) || digits < 1 || digits > 15) {
            throw new IllegalArgumentException("cannot round " + value + " to " + digits + " digits");
        }
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        double magnitude = Math.abs(value);
        int scale = digits - 1 - (int) Math.floor(Math.log10(magnitude));
        if (Math.abs(scale) < POWERS_OF_TEN.length) {
            // One correctly rounded operation: off by at most half a unit in the last place from the exact value.
            double scaled = scale >= 0 ? magnitude * POWERS_OF_TEN[scale] : magnitude / POWERS_OF_TEN[-scale];
            double whole = Math.floor(scaled);
            double fraction = scaled - whole;
            if (scaled >= POWERS_OF_TEN[digits - 1] && scaled < POWERS_OF_TEN[digits]
                    && Math.abs(fraction - 0.5) > 4 * Math.ulp(scaled)) {
                long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
                return BigDecimal.valueOf(value < 0 ? -rounded : rounded, scale);
            }
        }
        return new BigDecimal(value).round(new java.math.MathContext(digits));
    }

    /** {@link #significantDecimal} as a double (the nearest to the rounded decimal); 0 and non-finite as they are. */
    public static double significant(double value, int digits) {
        return value == 0 || !Double.isFinite(value) ? value : significantDecimal(value, digits).doubleValue();
    }
}
