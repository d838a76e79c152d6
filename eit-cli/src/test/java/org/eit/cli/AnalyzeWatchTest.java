package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --watch} analyses again when a file of the workspace or of a {@code --rules} folder changes, with a
 * separator before each new summary, until it is interrupted.
 */
@Timeout(120)
class AnalyzeWatchTest {
    @TempDir
    Path dir;

    private Path workspace() throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve("territory.yaml"), "name: Test park\nlanguage: en\n");
        Files.writeString(ws.resolve("actors.csv"), """
                id,name,kind,latitude,longitude,zone
                A1,Sawmill,company,46.5,3.2,Park
                A2,Boiler house,utility,46.51,3.2,Town
                """);
        Files.writeString(ws.resolve("flows.csv"), """
                id,actor,direction,resource,quantity,unit,source
                F1,A1,offer,sawdust,800,t/year,measured
                F2,A2,demand,wood-fuel-chips,1200,t/year,measured
                """);
        return ws;
    }

    /** Runs the command on a thread of its own, as a user's terminal would. */
    private static Thread start(AtomicReference<CliRun> result, String... args) {
        Thread thread = new Thread(() -> result.set(CliRun.of(args)), "eit-watch");
        thread.start();
        return thread;
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(file) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(file).exists();
    }

    @Test
    void aChangedFlowFileAnalysesAgain() throws Exception {
        Path ws = workspace();
        Path out = dir.resolve("out");
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread thread = start(result, "analyze", ws.toString(), "--out", out.toString(), "--watch",
                "--watch-runs", "2");
        awaitFile(out.resolve("diagnostic.json"));
        String first = Files.readString(out.resolve("diagnostic.json"));
        Files.writeString(ws.resolve("flows.csv"), Files.readString(ws.resolve("flows.csv")).replace("800", "900"));
        thread.join(Duration.ofSeconds(90).toMillis());
        assertThat(thread.isAlive()).isFalse();
        CliRun run = result.get();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("--- flows.csv changed: analysing again ---");
        assertThat(run.out().split("Test park: ", -1)).as("two summaries").hasSize(3);
        assertThat(run.err()).contains("Watching " + ws);
        assertThat(Files.readString(out.resolve("diagnostic.json"))).isNotEqualTo(first).contains("F1 900 t/yr");
    }

    @Test
    void aRuleFolderOfTheWorkspaceCreatedLaterCountsAndAnErrorKeepsWatching() throws Exception {
        Path ws = workspace();
        Path out = dir.resolve("out");
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread thread = start(result, "analyze", ws.toString(), "--out", out.toString(), "--watch",
                "--watch-runs", "3");
        awaitFile(out.resolve("diagnostic.json"));
        Path rules = Files.createDirectories(ws.resolve("rules"));
        Files.writeString(rules.resolve("mine.drl"), "package myterritory.substitution;\nrule \"Mine\"\nwehn\nthen\n"
                + "end\n");
        Thread.sleep(1500);
        Files.writeString(rules.resolve("mine.drl"), "package myterritory.substitution;\n");
        thread.join(Duration.ofSeconds(90).toMillis());
        assertThat(thread.isAlive()).isFalse();
        CliRun run = result.get();
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains("rules/mine.drl:3: error: keyword = 'wehn'");
        assertThat(run.out()).contains("--- rules/mine.drl changed: analysing again ---");
    }

    @Test
    void anInterruptEndsTheWatch() throws Exception {
        Path ws = workspace();
        Path out = dir.resolve("out");
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread thread = start(result, "analyze", ws.toString(), "--out", out.toString(), "--watch");
        awaitFile(out.resolve("diagnostic.json"));
        thread.interrupt();
        thread.join(Duration.ofSeconds(60).toMillis());
        assertThat(thread.isAlive()).isFalse();
        assertThat(result.get().exitCode()).isZero();
    }
}
