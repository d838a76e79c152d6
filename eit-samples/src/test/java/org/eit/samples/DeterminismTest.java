package org.eit.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.io.report.DiagnosticJson;
import org.eit.io.report.ReportInputs;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same workspace gives a byte-identical diagnostic: analysed twice, by two engines, and with the rows of its
 * actors.csv and flows.csv shuffled (fixed seeds), for every sample.
 */
class DeterminismTest {
    private static final long[] SEEDS = {14, 2026};

    @TempDir
    Path dir;

    @TestFactory
    Iterable<DynamicTest> everySampleGivesTheSameBytesTwiceAndWithItsRowsShuffled() {
        return Samples.list().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> check(sample)))
                .toList();
    }

    private void check(Sample sample) throws IOException {
        EitEngine engine = Eit.engine().build();
        String first = diagnostic(engine, sample.path());
        assertThat(diagnostic(engine, sample.path())).as("second run of %s", sample.name()).isEqualTo(first);
        assertThat(diagnostic(Eit.engine().build(), sample.path())).as("another engine").isEqualTo(first);
        for (long seed : SEEDS) {
            Path copy = dir.resolve(sample.name() + "-" + seed);
            copy(sample.path(), copy);
            shuffleRows(copy.resolve(WorkspaceReader.ACTORS_FILE), new Random(seed));
            shuffleRows(copy.resolve(WorkspaceReader.FLOWS_FILE), new Random(seed + 1));
            assertThat(Files.readString(copy.resolve(WorkspaceReader.FLOWS_FILE)))
                    .isNotEqualTo(Files.readString(sample.path().resolve(WorkspaceReader.FLOWS_FILE)));
            assertThat(diagnostic(engine, copy)).as("%s with rows shuffled (seed %d)", sample.name(), seed)
                    .isEqualTo(first);
        }
    }

    private static String diagnostic(EitEngine engine, Path workspace) {
        Workspace w = new WorkspaceReader().read(workspace);
        assertThat(w.isValid()).as("%s", w.problems()).isTrue();
        return DiagnosticJson.write(ReportInputs.of(w, w.territory(), engine.analyze(new AnalysisRequest(
                w.territory(), w.taxonomy(), w.rules(), w.knowledge())), null, w.territory().language().locale()));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** Shuffles the data lines of a CSV file; the header (with its byte-order mark) and comments stay first. */
    static void shuffleRows(Path csv, Random random) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> head = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            if (rows.isEmpty() && (head.isEmpty() || line.startsWith("#"))) {
                head.add(line);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line);
            }
        }
        Collections.shuffle(rows, random);
        List<String> out = new ArrayList<>(head);
        out.addAll(rows);
        Files.write(csv, out, StandardCharsets.UTF_8);
    }
}
