package org.eit.rules.allocation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eit.rules.detection.DetectionCapture;
import org.eit.rules.facts.Finding;
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
 * Allocation: {@link Allocator#allocate} sharing offers and needs out among the pairs detection found for a
 * generated territory ({@link DetectionCapture}), with the yearly quantities, waste-hierarchy ranks and number of
 * alternatives per flow the engine's allocation stage uses. Ordering the pairs by preference, then one pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationBenchmark {
    @Param({"1000", "10000"})
    public int actors;

    private List<Finding> pairs;
    private Map<String, Double> yearly;
    private Map<String, Integer> ranks;
    private int alternativesPerFlow;

    @Setup(Level.Trial)
    public void setUp() {
        DetectionCapture.Captured seen = DetectionCapture.synthetic(actors, 1);
        pairs = seen.findings().stream().filter(Finding::isPair).toList();
        yearly = seen.yearly();
        ranks = seen.ranks();
        alternativesPerFlow = seen.alternativesPerFlow();
        Benchmarks.input("%,d pairs; %,d flows with a yearly quantity", pairs.size(), yearly.size());
    }

    @Benchmark
    public AllocationResult allocate() {
        return Allocator.allocate(pairs, yearly, ranks, alternativesPerFlow, 1);
    }
}
