package org.eit.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.eit.rules.allocation.AllocationBenchmark;
import org.eit.rules.detection.IndexingBenchmark;
import org.eit.rules.detection.RuleSessionBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The JMH benchmarks keep working: each one's setup, on a small generated territory, builds non-empty inputs, and
 * each benchmark method run once outside JMH gives a non-empty result. Not a timing test; the timings are
 * {@link Benchmarks}' (docs/BENCHMARKS.md).
 */
class BenchmarksTest {
    private static final int ACTORS = 200;

    @Test
    void reading() {
        ReadingBenchmark bench = new ReadingBenchmark();
        bench.actors = ACTORS;
        bench.setUp();
        try {
            assertThat(bench.read().isValid()).isTrue();
            assertThat(bench.read().territory().actors()).hasSize(ACTORS);
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void resolving() {
        ResolvingBenchmark bench = new ResolvingBenchmark();
        bench.actors = ACTORS;
        bench.setUp();
        bench.newResolver();
        int resolved = bench.descriptions();
        assertThat(resolved).isPositive();
        bench.newResolver();
        // Each description with where it comes from resolves as the description alone does.
        assertThat(bench.ownWords()).isEqualTo(resolved);
    }

    @Test
    void indexing() {
        IndexingBenchmark bench = new IndexingBenchmark();
        bench.actors = ACTORS;
        bench.setUp();
        assertThat(bench.candidates()).isNotEmpty();
    }

    @Test
    void ruleSession() {
        RuleSessionBenchmark bench = new RuleSessionBenchmark();
        bench.actors = ACTORS;
        bench.setUp();
        assertThat(bench.judge()).isPositive();
    }

    @Test
    void allocation() {
        AllocationBenchmark bench = new AllocationBenchmark();
        bench.actors = ACTORS;
        bench.setUp();
        assertThat(bench.allocate().byFinding()).isNotEmpty();
    }

    @Test
    void writing() throws Exception {
        WritingBenchmark bench = new WritingBenchmark();
        bench.actors = ACTORS;
        bench.setUp();
        assertThat(bench.json()).isPositive();
        assertThat(bench.csv()).isPositive();
    }
}
