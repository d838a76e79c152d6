package org.eit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Locale;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void everySampleIsListedWithADescriptionAndAReadme() {
        assertThat(Samples.list()).isNotEmpty();
        assertThat(Samples.defaultSample().name()).isEqualTo(Samples.DEFAULT);
        for (Sample sample : Samples.list()) {
            assertThat(sample.description(Locale.ENGLISH)).isNotBlank();
            assertThat(sample.description(Locale.FRENCH)).isNotBlank();
            assertThat(Files.exists(sample.path().resolve("README.md"))).as(sample.name()).isTrue();
        }
    }

    @Test
    void everySampleValidatesWithoutAnythingForTheUserToFix() {
        WorkspaceReader reader = new WorkspaceReader();
        for (Sample sample : Samples.list()) {
            Workspace workspace = reader.read(sample.path());
            assertThat(workspace.problems()).as(sample.name()).isEmpty();
            assertThat(workspace.isValid()).isTrue();
            assertThat(workspace.territory().language().code()).isEqualTo(sample.language());
        }
    }
}
