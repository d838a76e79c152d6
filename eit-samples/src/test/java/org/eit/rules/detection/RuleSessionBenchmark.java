package org.eit.rules.detection;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eit.samples.bench.Benchmarks;
import org.kie.api.KieBase;
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
 * The rule session: the candidates the index proposed for a generated territory ({@link DetectionCapture}) judged
 * by the shipped rules of reach, substitution and pooling, in batches as the engine's sessions do
 * ({@link DetectionRules}, the same session {@link MatcherBenchmark} compares with plain Java). The rule base is
 * compiled once; each invocation opens a session, judges every candidate and disposes of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSessionBenchmark {
    @Param({"1000", "10000"})
    public int actors;

    private KieBase base;
    private List<Candidate> candidates;

    @Setup(Level.Trial)
    public void setUp() {
        base = DetectionRules.compile();
        candidates = DetectionCapture.synthetic(actors, 1).candidates();
        Benchmarks.input("%,d candidates", candidates.size());
    }

    /** Returns the rules fired. */
    @Benchmark
    public long judge() {
        return DetectionRules.judge(base, candidates);
    }
}
