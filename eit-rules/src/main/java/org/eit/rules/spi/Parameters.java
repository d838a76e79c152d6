package org.eit.rules.spi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters in force for one analysis: each declared {@link ParameterSpec} with the territory's value or its
 * default, already checked. Asking for a parameter no stage declared is a programming error.
 */
public final class Parameters {
    private final Map<String, Object> values;
    private final Set<String> disabledPacks;

    public Parameters(Map<String, Object> values, Set<String> disabledPacks) {
        this.values = Map.copyOf(values);
        this.disabledPacks = Set.copyOf(disabledPacks);
    }

    public double number(String name) {
        return ((Number) value(name)).doubleValue();
    }

    public long whole(String name) {
        return ((Number) value(name)).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> words(String name) {
        return (List<String>) value(name);
    }

    public String text(String name) {
        return (String) value(name);
    }

    /** False when the territory switched the rule pack {@code pack} off ({@code packs.NAME: false}). */
    public boolean packEnabled(String pack) {
        return !disabledPacks.contains(pack);
    }

    public Set<String> disabledPacks() {
        return disabledPacks;
    }

    private Object value(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no stage declares the parameter " + name);
        }
        return value;
    }
}
