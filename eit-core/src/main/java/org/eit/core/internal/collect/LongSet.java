package org.eit.core.internal.collect;

import java.util.Arrays;

/**
 * A set of longs in one open-addressed array, without boxing: the SIRETs of a region's extract, the pairs of flows a
 * region's matching met (millions of them, 8 bytes each at most twice over). Not thread-safe for writing; reading
 * while nobody writes is safe.
 */
public final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] table = empty(1 << 12);
    private int size;
    private boolean hasEmpty;

    private static long[] empty(int capacity) {
        long[] t = new long[capacity];
        Arrays.fill(t, EMPTY);
        return t;
    }

    /** Adds {@code value}; whether it was not there yet. */
    public boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasEmpty;
            hasEmpty = true;
            return added;
        }
        if (size * 2 >= table.length) {
            long[] old = table;
            table = empty(old.length * 2);
            for (long v : old) {
                if (v != EMPTY) {
                    table[free(table, v)] = v;
                }
            }
        }
        int i = free(table, value);
        if (table[i] == value) {
            return false;
        }
        table[i] = value;
        size++;
        return true;
    }

    public boolean contains(long value) {
        if (value == EMPTY) {
            return hasEmpty;
        }
        return table[free(table, value)] == value;
    }

    public int size() {
        return size + (hasEmpty ? 1 : 0);
    }

    /** The slot holding {@code value}, or the empty slot where it would go. */
    private static int free(long[] in, long value) {
        int mask = in.length - 1;
        long h = value * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (in[i] != EMPTY && in[i] != value) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
