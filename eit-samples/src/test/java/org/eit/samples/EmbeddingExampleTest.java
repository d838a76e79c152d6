package org.eit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.eit.core.api.Diagnostic;
import org.eit.rules.engine.DroolsEngine;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void theEmbeddingExampleFindsTheBreweryToFarmSynergy() {
        Diagnostic diagnostic = EmbeddingExample.run(DroolsEngine.withShippedPacks());
        assertThat(diagnostic.synergies()).singleElement().satisfies(s -> {
            assertThat(s.actors()).containsExactly("brewery", "farm");
            assertThat(s.explanation().en()).startsWith("Valley Brewery has 250 t of brewers' spent grain a year");
        });
    }
}
