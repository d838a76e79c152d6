package org.eit.cli;

import java.util.Locale;
import org.eit.core.problem.MessageCatalog;

/** What the CLI prints, in French and English ({@code Cli.properties}, {@code Cli_fr.properties}). */
final class Texts {
    private static final MessageCatalog CLI = MessageCatalog.of(Texts.class, "Cli");

    private Texts() {
    }

    static String get(Locale locale, String key, Object... args) {
        return CLI.text(locale, key, args);
    }
}
