package org.eit.core.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Collects every problem of an input instead of stopping at the first. Not thread-safe: one per reading.
 */
public final class Problems {
    /** Stable report order: by file, line, column, then severity, so that reports compare across runs. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::field)
            .thenComparing(Problem::code);

    private final List<Problem> list = new ArrayList<>();
    /** Kept as problems come, so that checking for new errors after each of millions of rows stays cheap. */
    private long errors;

    public Problems add(Problem problem) {
        list.add(problem);
        if (problem.isError()) {
            errors++;
        }
        return this;
    }

    public Problems addAll(Iterable<Problem> problems) {
        problems.forEach(this::add);
        return this;
    }

    /** Adds an error whose message is {@code code} in {@code catalog}. */
    public Problems error(MessageCatalog catalog, String code, Location at, String field, String value,
                          Object... args) {
        return add(catalog.error(code, at, field, value, args));
    }

    /** Adds a warning whose message is {@code code} in {@code catalog}. */
    public Problems warning(MessageCatalog catalog, String code, Location at, String field, String value,
                            Object... args) {
        return add(catalog.warning(code, at, field, value, args));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return list.size() - errorCount();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** All problems in report order. */
    public List<Problem> sorted() {
        return list.stream().sorted(ORDER).toList();
    }

    /** Throws {@link InvalidInputException} carrying all problems when any of them is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(sorted());
        }
    }

    public String format(Locale locale) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : sorted()) {
            out.append(problem.format(locale)).append('\n');
        }
        return out.toString();
    }
}
