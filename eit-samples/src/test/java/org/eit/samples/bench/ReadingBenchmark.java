package org.eit.samples.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a workspace: {@link WorkspaceReader#read} of a generated one (territory.yaml, actors.csv, flows.csv, as
 * {@code eit samples generate} writes it), written once to a temporary folder. Decoding, CSV, checking every field,
 * resolving each flow's resource, assembling the territory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadingBenchmark {
    @Param({"1000", "10000"})
    public int actors;

    private Path folder;
    private WorkspaceReader reader;

    @Setup(Level.Trial)
    public void setUp() {
        folder = SyntheticWorkspace.write(actors, 1);
        reader = new WorkspaceReader();
        Workspace workspace = SyntheticWorkspace.read(reader, folder);
        Benchmarks.input("%,d actors, %,d flows, %,d bytes of files", workspace.territory().actors().size(),
                workspace.territory().flows().size(), SyntheticWorkspace.size(folder));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        SyntheticWorkspace.delete(folder);
    }

    @Benchmark
    public Workspace read() {
        return reader.read(folder);
    }
}
