package org.eit.rules.detection;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eit.samples.bench.Benchmarks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Indexing: {@link CandidateIndex#candidates} proposing each flow's nearest compatible partners, from the offers,
 * demands and compatibility rules' Accepts the engine built for a generated territory ({@link DetectionCapture}),
 * with the engine's k and economic inputs, on one thread (the engine's default). Building the grid indices, the
 * searches, and the matching and economics computed for each candidate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexingBenchmark {
    @Param({"1000", "10000"})
    public int actors;

    private DetectionCapture.Captured seen;

    @Setup(Level.Trial)
    public void setUp() {
        seen = DetectionCapture.synthetic(actors, 1);
        Benchmarks.input("%,d offers, %,d demands, %,d accepts, k = %d: %,d candidates", seen.offers().size(),
                seen.demands().size(), seen.accepts().size(), seen.k(), seen.candidates().size());
    }

    @Benchmark
    public List<Candidate> candidates() {
        return CandidateIndex.candidates(seen.offers(), seen.demands(), seen.accepts(), seen.k(), seen.inputs())
                .candidates();
    }
}
