package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of docs/study-workflow.md as written, in order, in an empty folder: {@code ./eit} is the command
 * built by this module (the test's class path), the other lines are the shell's. Each command must succeed.
 */
class StudyWorkflowDocTest {
    private static final Path DOC = Path.of("..").toAbsolutePath().normalize().resolve("docs/study-workflow.md");

    @TempDir
    Path dir;

    @Test
    void everyCommandOfTheWalkthroughWorksAsWritten() throws IOException, InterruptedException {
        Matcher blocks = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> lines = new ArrayList<>();
        while (blocks.find()) {
            for (String line : blocks.group(1).strip().split("\n")) {
                lines.add(line);
            }
        }
        assertThat(lines).hasSizeGreaterThan(10).anyMatch(l -> l.startsWith("./eit diff"));
        Files.writeString(dir.resolve("java-class-path"), System.getProperty("java.class.path"));
        StringBuilder script = new StringBuilder("set -eu\n")
                .append("eit() { \"").append(Path.of(System.getProperty("java.home"), "bin", "java"))
                .append("\" -cp \"$(cat java-class-path)\" org.eit.cli.Main \"$@\"; }\n");
        for (String line : lines) {
            script.append("echo '+ ").append(line.replace("'", "'\\''")).append("' >&2\n");
            script.append(line.startsWith("./eit ") ? "eit " + line.substring("./eit ".length()) : line).append('\n');
        }
        Files.writeString(dir.resolve("walkthrough.sh"), script.toString());
        Process process = new ProcessBuilder("bash", "walkthrough.sh").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(log.length() > 4000 ? log.substring(log.length() - 4000) : log).isZero();
        assertThat(dir.resolve("etude/versions/V1/diagnostic.json")).exists();
        assertThat(dir.resolve("etude/versions/finale/version.json")).content().contains("2026-08-28");
        assertThat(dir.resolve("v1/priorities.csv")).exists();
        assertThat(dir.resolve("entretiens")).isDirectoryContaining(p -> p.getFileName().toString().endsWith(".md"));
        assertThat(dir.resolve("comite/v1-v2.md")).content().startsWith("# Ce qui a changé de V1 (2026-02-27) à V2");
        assertThat(dir.resolve("v2/report.html")).content().contains("<h2>Ce qui a changé depuis V1 (2026-02-27)</h2>");
        assertThat(dir.resolve("final/report.html")).content().contains("<h2>Ce qui a changé depuis V2 (2026-06-26)</h2>");
        assertThat(dir.resolve("v1/report.html")).content().doesNotContain("Ce qui a changé");
        assertThat(dir.resolve("entretiens/index.html")).content().contains("<html lang=\"fr\">");
        assertThat(dir.resolve("entretiens")).isDirectoryContaining(p -> p.getFileName().toString().equals("A012.html"));
        assertThat(dir.resolve("comite/v2-finale.md")).exists();
        assertThat(dir.resolve("etude/flows.csv.bak-2")).exists();
    }
}
