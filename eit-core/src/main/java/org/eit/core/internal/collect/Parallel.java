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

    /**
     * {@code items} mapped by {@code function}, results in order, the items handed out one at a time in their order
     * to {@code threads} threads: for a few costly items, the costliest first, so that none is left to run alone at
     * the end (a parallel stream splits the list in halves instead).
     */
    public static <T, R> List<R> inTurn(List<T> items, int threads, Function<? super T, ? extends R> function) {
        if (threads <= 1 || items.size() < 2) {
            return items.stream().<R>map(function).toList();
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        Object[] results = new Object[items.size()];
        // A plain pool: a fork-join task would hand back a copy of what an item threw, not the exception itself.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(threads, items.size()), task -> {
                    Thread thread = new Thread(task, "eit-worker");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<java.util.concurrent.Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < Math.min(threads, items.size()); t++) {
                workers.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < items.size() && !failed.get();
                             i = next.getAndIncrement()) {
                            results[i] = function.apply(items.get(i));
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true); // the others take no more items
                        throw e;
                    }
                }));
            }
            for (java.util.concurrent.Future<?> worker : workers) {
                join(worker);
            }
        } finally {
            pool.shutdown();
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) java.util.Arrays.asList(results);
        return java.util.Collections.unmodifiableList(list);
    }

    /** {@code task} started now on a daemon thread named {@code name}: it never keeps the program alive. */
    public static Thread background(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * What {@code worker} gave, once it is done; what it threw is thrown here as it was (unchecked, an error such as
     * running out of memory included), as a parallel stream does.
     */
    public static <T> T join(java.util.concurrent.Future<T> worker) {
        try {
            return worker.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
