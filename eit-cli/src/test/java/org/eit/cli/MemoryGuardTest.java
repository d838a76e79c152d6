package org.eit.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the collections say that memory is exhausted, and when they do not. */
class MemoryGuardTest {

    @Test
    void threeFullCollectionsBackToBackThatFreeNothingAreExhaustion() {
        // The million flows in 12 GB: full collections of 13 to 17 s, a second or two of work between them.
        MemoryGuard.Pressure p = new MemoryGuard.Pressure();
        assertThat(p.collected(580_000, 596_000, true, 0.97)).isFalse();
        assertThat(p.collected(597_000, 614_000, true, 0.98)).isFalse();
        assertThat(p.collected(614_500, 615_000, false, 0.98)).isFalse();
        assertThat(p.collected(615_500, 628_000, true, 0.99)).isTrue();
        // Said once.
        assertThat(p.collected(629_000, 640_000, true, 0.99)).isFalse();
    }

    @Test
    void aRunThatStillWorksBetweenItsFullCollectionsIsLeftAlone() {
        // The million flows in 18 GB: full collections of 11 to 18 s, tens of seconds of work between them.
        MemoryGuard.Pressure p = new MemoryGuard.Pressure();
        assertThat(p.collected(322_000, 336_000, true, 0.92)).isFalse();
        assertThat(p.collected(356_000, 374_000, true, 0.93)).isFalse();
        assertThat(p.collected(389_000, 400_000, true, 0.91)).isFalse();
        assertThat(p.collected(465_000, 478_000, true, 0.95)).isFalse();
    }

    @Test
    void aFullCollectionThatFreesTheOldGenerationStartsAgain() {
        MemoryGuard.Pressure p = new MemoryGuard.Pressure();
        assertThat(p.collected(0, 10_000, true, 0.95)).isFalse();
        assertThat(p.collected(10_100, 20_000, true, 0.95)).isFalse();
        assertThat(p.collected(20_100, 30_000, true, 0.60)).isFalse();
        assertThat(p.collected(30_100, 40_000, true, 0.95)).isFalse();
        assertThat(p.collected(40_100, 50_000, true, 0.95)).isFalse();
        assertThat(p.collected(50_100, 60_000, true, 0.95)).isTrue();
    }

    @Test
    void youngCollectionsBetweenFullOnesCountAsCollecting() {
        MemoryGuard.Pressure p = new MemoryGuard.Pressure();
        assertThat(p.collected(0, 5_000, true, 0.95)).isFalse();
        for (int i = 0; i < 10; i++) {
            assertThat(p.collected(5_000 + i * 1_000, 5_900 + i * 1_000, false, 0.95)).isFalse();
        }
        assertThat(p.collected(15_000, 20_000, true, 0.95)).isFalse();
        // 5 + 9 + 5 + 5 s collecting of 25 s since the first full collection.
        assertThat(p.collected(20_000, 25_000, true, 0.95)).isTrue();
    }

    @Test
    void theGuardHearsThisJvmsFullCollectionsAndLeavesAnEmptyHeapAlone() throws Exception {
        // What the watch passes on: each collection, full ones as full, and how full the old generation is.
        java.util.List<double[]> full = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        MemoryGuard.Pressure recording = new MemoryGuard.Pressure() {
            @Override
            synchronized boolean collected(long start, long end, boolean isFull, double occupancy) {
                if (isFull) {
                    full.add(new double[] {start, end, occupancy});
                }
                return super.collected(start, end, isFull, occupancy);
            }
        };
        boolean[] fired = {false};
        MemoryGuard.install(() -> fired[0] = true, recording);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (full.size() < 3 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(full).hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> {
            assertThat(c[1]).isGreaterThanOrEqualTo(c[0]);
            assertThat(c[2]).isBetween(0.0, 0.9);
        });
        assertThat(fired[0]).isFalse();
    }
}
