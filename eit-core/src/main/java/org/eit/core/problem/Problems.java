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

    public Problems add(Problem problem) {
        list.add(problem);
        return this;
    }

    public Problems addAll(Iterable<Problem> problems) {
        problems.forEach(list::add);
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
        return list.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return list.stream().filter(Problem::isError).count();
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
