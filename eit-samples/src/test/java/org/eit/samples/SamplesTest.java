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
    void theDefaultSampleIsARealisticFrenchRuralTerritory() {
        Workspace workspace = new WorkspaceReader().read(Samples.defaultSample().path());
        assertThat(workspace.territory().language().code()).isEqualTo("fr");
        assertThat(workspace.territory().actors()).hasSizeBetween(80, 150);
        assertThat(workspace.territory().actors().stream().map(a -> a.zone()).distinct().count())
                .isGreaterThanOrEqualTo(6);
        assertThat(workspace.territory().flows().stream().map(f -> f.source()).distinct().count()).isEqualTo(3);
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
