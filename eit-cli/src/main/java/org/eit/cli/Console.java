package org.eit.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where a command writes and in which language: results to {@code out}, messages to {@code err}.
 */
record Console(PrintWriter out, PrintWriter err, Locale locale) {

    String text(String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    /** A message for the user on standard error. */
    void say(String key, Object... args) {
        err.println(text(key, args));
        err.flush();
    }
}
