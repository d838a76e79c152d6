package org.eit.samples;

import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingExampleTest {
    @Test
    void theEmbeddingExampleFindsTheBreweryToFarmSynergy() {
        Diagnostic diagnostic = EmbeddingExample.run(Eit.engine().build());
        assertThat(diagnostic.synergies()).singleElement().satisfies(s -> {
            assertThat(s.actors()).containsExactly("brewery", "farm");
            assertThat(s.explanation().en()).startsWith("Valley Brewery has 250 t of brewers' spent grain a year");
        });
    }
}
