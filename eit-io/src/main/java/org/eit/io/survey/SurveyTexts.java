package org.eit.io.survey;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eit.io.report.CsvStyle;

/** The words of the questionnaires, in French or English ({@code Survey.properties} and its French twin). */
final class SurveyTexts {
    private final ResourceBundle bundle;
    private final Locale locale;

    SurveyTexts(Locale locale) {
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("org.eit.io.survey.Survey", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    boolean french() {
        return locale.getLanguage().equals("fr");
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Six significant digits, no exponent, the language's decimal mark, no grouping (a spreadsheet reads it). */
    String number(double value) {
        return CsvStyle.number(value, french() ? ',' : '.');
    }
}
