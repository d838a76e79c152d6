package org.eit.core.problem;

/** How serious a {@link Problem} is. Errors stop an analysis; warnings are reported and the data is used. */
public enum Severity {
    ERROR,
    WARNING;

    public String label(java.util.Locale locale) {
        return CoreMessages.MESSAGES.text(locale, "severity." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
