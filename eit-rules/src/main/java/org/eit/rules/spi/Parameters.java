package org.eit.rules.spi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters in force for one analysis: each declared {@link ParameterSpec} with the territory's value or its
 * default, already checked. Asking for a parameter no stage declared is a programming error.
 */
public final class Parameters {
    /** How many threads a stage may use side by side ({@link #threads()}). */
    public static final String THREADS = "rules.threads";
    /** Threads side by side when {@link #THREADS} is 0: the cores, up to this many. */
    private static final int MAX_AUTOMATIC_THREADS = 4;
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

    /**
     * The threads a stage may use side by side for work whose result does not depend on them: {@code rules.threads},
     * or when it is 0 (or not declared) one per core, {@value #MAX_AUTOMATIC_THREADS} at most.
     */
    public int threads() {
        Object value = values.get(THREADS);
        long wanted = value == null ? 0 : ((Number) value).longValue();
        return wanted > 0 ? (int) Math.min(wanted, 64)
                : Math.max(1, Math.min(MAX_AUTOMATIC_THREADS, Runtime.getRuntime().availableProcessors()));
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
