package org.eit.io.report;

import java.util.Locale;
import java.util.Optional;

/**
 * How the CSV tables are written for the spreadsheet that opens them: French spreadsheets (Excel, LibreOffice in
 * French) expect semicolons between cells and a decimal comma, and need a byte-order mark to read UTF-8; English
 * ones expect commas and a decimal point.
 */
public enum CsvStyle {
    /** Semicolon, decimal comma, UTF-8 with a byte-order mark. */
    FR(';', ',', true),
    /** Comma, decimal point, UTF-8 without a byte-order mark. */
    EN(',', '.', false);

    private final char separator;
    private final char decimal;
    private final boolean bom;

    CsvStyle(char separator, char decimal, boolean bom) {
        this.separator = separator;
        this.decimal = decimal;
        this.bom = bom;
    }

    public char separator() {
        return separator;
    }

    public char decimal() {
        return decimal;
    }

    public boolean bom() {
        return bom;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style of the reports' language: French for French reports, else English. */
    public static CsvStyle of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FR : EN;
    }

    /** A number as spreadsheets read it: six significant digits, no exponent, no grouping, {@code decimal}. */
    public static String number(double value, char decimal) {
        String plain = value == 0 ? "0" : org.eit.core.internal.text.Numbers.significantDecimal(value, 6).stripTrailingZeros()
                .toPlainString();
        return decimal == '.' ? plain : plain.replace('.', decimal);
    }

    /** {@code text} in UTF-8, after a byte-order mark when {@code bom} (French spreadsheets need one). */
    public static byte[] utf8(String text, boolean bom) {
        return ((bom ? "\uFEFF" : "") + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code fr} or {@code en}, any case; empty for anything else. */
    public static Optional<CsvStyle> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "fr" -> Optional.of(FR);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
