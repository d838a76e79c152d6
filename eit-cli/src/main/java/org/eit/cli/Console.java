package org.eit.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where a command writes and in which language: results to {@code out}, messages to {@code err}.
 * {@code explicitLanguage} is true when the user chose the language ({@code --lang}, {@code EIT_LANG}).
 */
record Console(PrintWriter out, PrintWriter err, Locale locale, boolean explicitLanguage) {

    /** Reports follow the user's choice of language, else the territory's. */
    Locale reportLocale(org.eit.core.model.Language territoryLanguage) {
        return explicitLanguage || territoryLanguage == null ? locale : territoryLanguage.locale();
    }

    String text(String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    /** A message for the user on standard error. */
    void say(String key, Object... args) {
        err.println(text(key, args));
        err.flush();
    }
}
