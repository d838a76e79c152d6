package org.eit.cli;

import java.util.Locale;
import org.eit.core.problem.Messages;

/** What the CLI prints, in French and English ({@code Cli.properties}, {@code Cli_fr.properties}). */
final class Texts {
    private static final String BUNDLE = "org.eit.cli.Cli";

    private Texts() {
    }

    static String get(Locale locale, String key, Object... args) {
        return Messages.format(BUNDLE, locale, key, args);
    }
}
