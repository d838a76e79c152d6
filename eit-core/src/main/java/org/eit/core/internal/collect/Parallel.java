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
        if (threads <= 1 || items.size() < MINIMUM) {
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
