package org.eit.core.problem;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in user input or in a rule file: the single error type shared by workspace validation,
 * knowledge tables and rule compilation.
 *
 * <p>The message is not stored as text but as a message {@code code} with arguments, so that the same problem
 * reads in French or in English ({@link #message(Locale)}). {@code line} and {@code column} are 1-based; 0 means
 * unknown.
 *
 * @param severity error (the input cannot be used) or warning (it is used, with the assumption said)
 * @param code     message key in the catalog's bundle, e.g. {@code flow.unknown-actor}
 * @param args     message arguments
 * @param file     the file as the user knows it ({@code flows.csv}, {@code rules/my.drl}); may be empty
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param field    the field path ({@code quantity}, {@code flows[3].unit}); may be empty
 * @param value    the offending value as written; may be null
 * @param catalog  where the message of {@code code} is written (the module or plugin that found the problem)
 */
public record Problem(Severity severity, String code, List<Object> args, String file, int line, int column,
                      String field, String value, MessageCatalog catalog) {

    public Problem {
        Objects.requireNonNull(severity, "Problem.severity");
        Objects.requireNonNull(code, "Problem.code");
        Objects.requireNonNull(catalog, "Problem.catalog");
        args = List.copyOf(args);
        file = file == null ? "" : file;
        field = field == null ? "" : field;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("Problem.line and Problem.column must be >= 0");
        }
    }

    /** The same problem as an error (a warning a strict check refuses). */
    public Problem asError() {
        return new Problem(Severity.ERROR, code, args, file, line, column, field, value, catalog);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Location location() {
        return new Location(file, line, column);
    }

    /** The sentence alone, in {@code locale}. */
    public String message(Locale locale) {
        return catalog.text(locale, code, args.toArray());
    }

    /**
     * The whole problem on one line, compiler style:
     * {@code flows.csv:12:5: error: unit: 'tonnes/an' ... : message}.
     */
    public String format(Locale locale) {
        StringBuilder out = new StringBuilder();
        String where = location().toString();
        if (!where.isEmpty()) {
            out.append(where).append(": ");
        }
        out.append(severity.label(locale)).append(": ");
        if (!field.isEmpty()) {
            out.append(field);
            if (value != null) {
                out.append(" = '").append(value).append('\'');
            }
            out.append(": ");
        }
        out.append(message(locale));
        return out.toString();
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
