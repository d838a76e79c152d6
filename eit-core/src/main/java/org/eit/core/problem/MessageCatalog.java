package org.eit.core.problem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one module or plugin, in English and French: a resource bundle such as
 * {@code org/eit/io/Messages.properties} and {@code Messages_fr.properties}. Each module owns its catalog, and each
 * {@link Problem} carries the catalog of the code that found it, so that a problem reads in either language
 * wherever it is printed.
 *
 * @param bundle the bundle's base name ({@code org.eit.io.Messages})
 * @param loader the class loader that holds it (a plugin's bundles live in the plugin's jar)
 */
public record MessageCatalog(String bundle, ClassLoader loader) {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public MessageCatalog {
        Objects.requireNonNull(bundle, "MessageCatalog.bundle");
        Objects.requireNonNull(loader, "MessageCatalog.loader");
    }

    /** The bundle {@code name} in the package of {@code anchor}, read with its class loader. */
    public static MessageCatalog of(Class<?> anchor, String name) {
        return new MessageCatalog(anchor.getPackageName() + "." + name, anchor.getClassLoader());
    }

    /**
     * The text for {@code key} in {@code locale}, formatted with {@link MessageFormat} when arguments are given; a
     * missing key shows itself rather than failing. No fallback to the JVM's default locale: an English report must
     * not turn French on a French machine.
     */
    public String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** Whether the catalog has a text for {@code key} (in English, the base language). */
    public boolean has(String key) {
        try {
            return ResourceBundle.getBundle(bundle, Locale.ROOT, loader, NO_FALLBACK).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public Problem error(String code, Location at, String field, String value, Object... args) {
        return new Problem(Severity.ERROR, code, Arrays.asList(args), at.file(), at.line(), at.column(), field,
                value, this);
    }

    public Problem warning(String code, Location at, String field, String value, Object... args) {
        return new Problem(Severity.WARNING, code, Arrays.asList(args), at.file(), at.line(), at.column(), field,
                value, this);
    }

    @Override
    public String toString() {
        return bundle;
    }
}
