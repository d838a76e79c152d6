package org.eit.samples.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.io.report.CsvStyle;
import org.eit.io.report.CsvTables;
import org.eit.io.report.DiagnosticJson;
import org.eit.io.report.ReportInputs;
import org.eit.io.report.Reports;
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

/**
 * Writing the outputs of a diagnostic computed once: diagnostic.json ({@link DiagnosticJson#write(ReportInputs,
 * java.io.Writer)}) and the five CSV tables ({@link CsvTables#tables}), each to a writer that keeps nothing, so that
 * what is timed is rendering and formatting, not the disk. The diagnostic is that of a generated workspace read from
 * its files (so the reports have each flow's classification, as {@code eit analyze} writes them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WritingBenchmark {
    @Param({"1000", "10000"})
    public int actors;

    private ReportInputs inputs;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path folder = SyntheticWorkspace.write(actors, 1);
        try {
            Workspace workspace = SyntheticWorkspace.read(new WorkspaceReader(), folder);
            Diagnostic diagnostic = Eit.engine().build().analyze(workspace.request());
            inputs = ReportInputs.of(workspace, workspace.territory(), diagnostic, null,
                    workspace.territory().language().locale());
            Benchmarks.input("%,d flows, %,d synergies, %,d alternatives, %,d refused pairs; diagnostic.json %,d"
                    + " characters, the CSV tables %,d", workspace.territory().flows().size(),
                    diagnostic.synergies().size(), diagnostic.alternatives().size(), diagnostic.refused().size(),
                    json(), csv());
        } finally {
            SyntheticWorkspace.delete(folder);
        }
    }

    /** diagnostic.json; returns its length in characters. */
    @Benchmark
    public long json() throws IOException {
        CountingWriter out = new CountingWriter();
        DiagnosticJson.write(inputs, out);
        return out.count();
    }

    /** synergies.csv, flows.csv, gains.csv, actions.csv and afom.csv; returns their length in characters. */
    @Benchmark
    public long csv() throws IOException {
        CountingWriter out = new CountingWriter();
        for (Map.Entry<String, Reports.Content> table : CsvTables.tables(inputs, CsvStyle.of(inputs.locale())).entrySet()) {
            table.getValue().write(out);
        }
        return out.count();
    }
}
