package org.eit.io.report;

import java.text.NumberFormat;
import java.util.Locale;
import org.eit.core.api.GainFigure;

/** Figures as a person reads them in a report: three significant digits, grouped by thousands, units translated. */
final class Figures {
    private static final char NBSP = '\u00a0';

    private Figures() {
    }

    /** Three significant digits at most, grouped by thousands with a non-breaking space (never cut in two). */
    static String number(Locale locale, double value) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        double magnitude = Math.abs(value);
        number.setMaximumFractionDigits(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
        double shown = value;
        if (magnitude >= 1000) {
            double step = Math.pow(10, Math.floor(Math.log10(magnitude)) - 2);
            shown = Math.round(value / step) * step;
        }
        String text = number.format(shown).replace('\u202f', NBSP).replace('\u00a0', NBSP);
        return text.equals("-0") ? "0" : text;
    }

    static String number(Locale locale, Double value) {
        return value == null ? "—" : number(locale, value.doubleValue());
    }

    /** A value and its unit: {@code 1 170 000 EUR/an}. */
    static String amount(Locale locale, double value, String unit) {
        String u = unit(locale, unit);
        return number(locale, value) + (u.isEmpty() ? "" : NBSP + u);
    }

    /** A range: the central value, and low to high when they differ. */
    static String range(Locale locale, GainFigure f) {
        if (f == null) {
            return "—";
        }
        if (f.low() == f.high()) {
            return amount(locale, f.central(), f.unit());
        }
        return ReportTexts.text(locale, "report.range", amount(locale, f.central(), f.unit()),
                number(locale, f.low()), number(locale, f.high()));
    }

    /** The words of units that are counts (indicators, figures), each written out in the reader's language. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "\\b(actors|employees|flows|synergies|kinds|observations|FTE)\\b");

    /** A unit in the reader's language: per year, FTE, actors, flows... */
    static String unit(Locale locale, String unit) {
        if (unit == null) {
            return "";
        }
        java.util.regex.Matcher m = COUNTED.matcher(unit.replace("/yr", ReportTexts.text(locale, "summary.per-year")));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = switch (m.group(1)) {
                case "actors" -> ReportTexts.text(locale, "summary.actors-unit");
                case "FTE" -> ReportTexts.text(locale, "summary.fte");
                case "employees" -> ReportTexts.text(locale, "unit.employees");
                case "flows" -> ReportTexts.text(locale, "unit.flows");
                case "synergies" -> ReportTexts.text(locale, "unit.synergies");
                case "kinds" -> ReportTexts.text(locale, "unit.kinds");
                default -> ReportTexts.text(locale, "unit.observations");
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A quantity of a synergy or a flow with its unit, per year when it is a rate. */
    static String quantity(Locale locale, Double value, String unit, boolean perYear) {
        if (value == null) {
            return "—";
        }
        return number(locale, value) + NBSP + (unit == null ? "" : unit)
                + (perYear ? ReportTexts.text(locale, "summary.per-year") : "");
    }

    static String km(Locale locale, Double km) {
        if (km == null) {
            return "—";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return number.format(km) + NBSP + "km";
    }

    /** SVG coordinates: always a point, one decimal, whatever the report's language. */
    static String svg(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
