package org.eit.core.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of eit-core in English and French ({@code Problems.properties} and
 * {@code Problems_fr.properties}). Other modules keep their own bundles and use {@link #format}.
 */
public final class Messages {
    private static final String BUNDLE = "org.eit.core.problem.Problems";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for {@code key} in {@code locale}, formatted with {@link MessageFormat} when arguments are given. */
    public static String get(Locale locale, String key, Object... args) {
        return format(BUNDLE, locale, key, args);
    }

    /** Formats {@code key} of the resource bundle {@code bundle}; a missing key shows itself rather than failing. */
    public static String format(String bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            // No fallback to the JVM's default locale: an English report must not turn French on a French machine.
            pattern = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"), locale);
        return format.format(args);
    }
}
