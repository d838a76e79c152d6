package org.eit.core.internal.collect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key and kept, safe across threads, for what an analysis asks for millions of times from
 * a few hundred keys (a rule's bare reason, a sentence pattern parsed, a phrase looked up). Emptied when it holds
 * {@code limit} keys: an embedding application may compile rule bases and load bundles without end, and a forgotten
 * value is only worked out again.
 */
public final class BoundedCache<K, V> {
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int limit;

    public BoundedCache(int limit) {
        this.limit = limit;
    }

    /** The value of {@code key}, worked out by {@code compute} (which must not use this cache) when not kept. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        if (values.size() >= limit) {
            values.clear();
        }
        return values.computeIfAbsent(key, compute);
    }

    /** How many values are kept. */
    public int size() {
        return values.size();
    }
}
