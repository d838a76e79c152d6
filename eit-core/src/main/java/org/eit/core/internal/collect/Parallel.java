package org.eit.core.internal.collect;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Work whose result does not depend on the threads that did it: a list mapped element by element on a pool of its
 * own (not the common pool an embedding application may rely on), the results in the list's order.
 */
public final class Parallel {
    /** Below this many elements the work is done on the calling thread: starting threads would cost more. */
    static final int MINIMUM = 2_000;

    private Parallel() {
    }

    /** {@code items} mapped by {@code function}, in order; side by side on {@code threads} threads when above one. */
    public static <T, R> List<R> map(List<T> items, int threads, Function<? super T, ? extends R> function) {
        return map(items, threads, MINIMUM, function);
    }

    /** As {@link #map(List, int, Function)}, side by side from {@code minimum} items (few but costly ones). */
    public static <T, R> List<R> map(List<T> items, int threads, int minimum,
                                     Function<? super T, ? extends R> function) {
        if (threads <= 1 || items.size() < Math.max(2, minimum)) {
            return items.stream().<R>map(function).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> items.parallelStream().<R>map(function).toList()).join();
        } finally {
            pool.shutdown();
        }
    }
}
