package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadLimitsTest {
    @TempDir
    Path dir;

    @Test
    void limitsComeFromPropertiesThenEnvironmentThenDefaults() {
        assertThat(ReadLimits.from(k -> null, Map.of())).isEqualTo(ReadLimits.DEFAULT);
        assertThat(ReadLimits.from(k -> null, Map.of("EIT_MAX_FILE_BYTES", "512m", "EIT_MAX_ROWS", "2_000_000")))
                .isEqualTo(new ReadLimits(512L << 20, 2_000_000));
        assertThat(ReadLimits.from(k -> k.equals("eit.limits.max-rows") ? "10" : null, Map.of("EIT_MAX_ROWS", "99")))
                .isEqualTo(new ReadLimits(ReadLimits.DEFAULT_MAX_FILE_BYTES, 10));
        assertThat(ReadLimits.from(k -> "lots", Map.of())).isEqualTo(ReadLimits.DEFAULT);
    }

    @Test
    void runningOutOfMemoryWhileReadingEndsInAProblemNamingTheFile() throws Exception {
        Files.writeString(dir.resolve("territory.yaml"), "name: T\n");
        Files.writeString(dir.resolve("actors.csv"), "id,name,kind\nA1,Sawmill,company\n");
        Files.writeString(dir.resolve("flows.csv"), "id,actor,direction,resource\nF1,A1,offer,sawdust\n");
        WorkspaceReader reader = new WorkspaceReader(ResourceTaxonomy.shipped(), ReadLimits.DEFAULT, path -> {
            if (path.getFileName().toString().equals("flows.csv")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return Files.readAllBytes(path);
        });
        Workspace w = reader.read(dir);
        assertThat(w.isValid()).isFalse();
        assertThat(w.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("workspace.out-of-memory");
            assertThat(p.format(Locale.ENGLISH)).startsWith("flows.csv: error: not enough memory to read this file")
                    .contains("EIT_JAVA_OPTS");
        });
    }
}
