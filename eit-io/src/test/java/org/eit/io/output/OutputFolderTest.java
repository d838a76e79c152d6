package org.eit.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void theTemporariesOfAKilledRunGoAndNothingElse() throws Exception {
        Path stale = Files.writeString(dir.resolve(".report.html.95f296863b8878e1.tmp"), "half a report");
        Path staleJson = Files.writeString(dir.resolve(".diagnostic.json.7252defdca305c9a.tmp"), "{");
        Path users = Files.writeString(dir.resolve(".report.html.notes.tmp"), "the user's own");
        Path other = Files.writeString(dir.resolve(".other.csv.1a2b.tmp"), "another file's");
        OutputFolder out = new OutputFolder(dir, false);
        try (OutputFolder.Batch batch = out.batch("report.html", "diagnostic.json")) {
            batch.writer("report.html").write("<html></html>");
            batch.writer("diagnostic.json").write("{}");
            batch.commit();
        }
        assertThat(stale).doesNotExist();
        assertThat(staleJson).doesNotExist();
        assertThat(users).exists();
        assertThat(other).exists();
        assertThat(dir.resolve("report.html")).hasContent("<html></html>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .containsExactlyInAnyOrder(".report.html.notes.tmp", ".other.csv.1a2b.tmp");
        }
    }
}
