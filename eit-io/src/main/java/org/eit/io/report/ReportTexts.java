package org.eit.io.report;

import java.util.Locale;

/** The texts of the reports ({@code Report.properties} and its French twin), shared by every writer. */
final class ReportTexts {
    private ReportTexts() {
    }

    static String text(Locale locale, String key, Object... args) {
        return ValidationReport.REPORT.text(locale, key, args);
    }
}
