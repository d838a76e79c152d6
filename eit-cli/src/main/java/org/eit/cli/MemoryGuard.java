package org.eit.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.eit.core.internal.collect.Parallel;

/**
 * Stops a run that has run out of memory in all but name. When a territory's data nearly fill the heap, the
 * collector runs full collections one after the other, each freeing almost nothing, and the analysis crawls on for
 * many minutes without an {@link OutOfMemoryError} (Java's own limit waits for 98 % of the time spent collecting):
 * with a million flows in 12 GB, full collections of 13 to 17 s followed each other from 480 s until the run was
 * stopped at 630 s (docs/BENCHMARKS.md). The guard
 * watches the collections: after {@value #FULL_IN_A_ROW} full collections in a row that each leave the old
 * generation at least {@code 90 %} full, with collecting taking at least {@code 80 %} of the time since the first of
 * them, it tells the user and ends the process. A run that still works between its collections is left alone (the
 * million flows in 18 GB collected for about half the time between its full collections, and finished).
 */
final class MemoryGuard {
    static final int FULL_IN_A_ROW = 3;
    static final double STILL_FULL = 0.90;
    static final double COLLECTING = 0.80;

    private MemoryGuard() {
    }

    /**
     * Starts watching after {@code delayMillis}, on a background thread: setting the watch up loads Java's management
     * classes (about 30 ms), which a short run, the bundled sample's, need not wait for; memory only runs out later.
     */
    static void installAfter(long delayMillis, Runnable exhausted) {
        Parallel.background("eit-memory-guard", () -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                return;
            }
            install(exhausted, new Pressure());
        });
    }

    /**
     * Watches this JVM's collections through {@code pressure} and calls {@code exhausted} (once) when it says memory
     * is exhausted. Does nothing when the JVM does not say how full its old generation is.
     */
    static void install(Runnable exhausted, Pressure pressure) {
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .findFirst().orElse(null);
        if (old == null) {
            return;
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(collector instanceof NotificationEmitter emitter)) {
                continue;
            }
            emitter.addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(old.getName());
                double occupancy = after == null || after.getMax() <= 0 ? 0
                        : (double) after.getUsed() / after.getMax();
                boolean full = info.getGcAction().contains("major");
                if (pressure.collected(info.getGcInfo().getStartTime(), info.getGcInfo().getEndTime(), full,
                        occupancy)) {
                    exhausted.run();
                }
            }, null, null);
        }
    }

    /** The collections seen so far, one at a time, and whether they say that memory is exhausted. */
    static class Pressure {
        /** Start and end (milliseconds since the JVM started) of the collections since the oldest full one kept. */
        private final Deque<long[]> collections = new ArrayDeque<>();
        /** The starts of the last full collections in a row that left the old generation still full. */
        private final Deque<Long> stillFull = new ArrayDeque<>();
        private boolean said;

        /**
         * One collection: when it started and ended, whether it was a full one, and how full it left the old
         * generation (0 to 1). True once, at the collection that shows memory exhausted.
         */
        synchronized boolean collected(long start, long end, boolean full, double occupancy) {
            collections.addLast(new long[] {start, end});
            if (full) {
                if (occupancy < STILL_FULL) {
                    stillFull.clear();
                } else {
                    stillFull.addLast(start);
                    if (stillFull.size() > FULL_IN_A_ROW) {
                        stillFull.removeFirst();
                    }
                }
            }
            if (stillFull.isEmpty()) {
                collections.clear();
                return false;
            }
            long since = stillFull.peekFirst();
            while (!collections.isEmpty() && collections.peekFirst()[0] < since) {
                collections.removeFirst();
            }
            if (said || stillFull.size() < FULL_IN_A_ROW || end <= since) {
                return false;
            }
            long collecting = 0;
            for (long[] c : collections) {
                collecting += c[1] - c[0];
            }
            said = collecting >= COLLECTING * (end - since);
            return said;
        }
    }
}
