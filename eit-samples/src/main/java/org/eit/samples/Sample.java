package org.eit.samples;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.eit.core.model.Language;

/**
 * A sample territory bundled with eit.
 *
 * @param name          short name used on the command line ({@code eit analyze --sample NAME})
 * @param language      the language of its data and reports
 * @param descriptionEn one line in English
 * @param descriptionFr one line in French
 * @param path          the workspace folder (inside the jar when eit runs from one)
 */
public record Sample(String name, String language, String descriptionEn, String descriptionFr, Path path) {
    public Sample {
        Objects.requireNonNull(name, "Sample.name");
        Objects.requireNonNull(path, "Sample.path");
    }

    public String description(Locale locale) {
        return Language.of(locale) == Language.FR ? descriptionFr : descriptionEn;
    }
}
