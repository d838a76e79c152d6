package org.eit.rules.spi;

import java.util.Objects;

/**
 * The name and type of a result a stage publishes in its {@link StageContext} for later stages and for the
 * diagnostic.
 *
 * @param name unique among the stages' results, e.g. {@code detection.findings}
 * @param type the type of the value
 */
public record ResultKey<T>(String name, Class<T> type) {
    public ResultKey {
        Objects.requireNonNull(name, "ResultKey.name");
        Objects.requireNonNull(type, "ResultKey.type");
    }

    @SuppressWarnings("unchecked")
    public static <T> ResultKey<T> of(String name, Class<?> type) {
        return new ResultKey<>(name, (Class<T>) type);
    }

    @Override
    public String toString() {
        return name;
    }
}
