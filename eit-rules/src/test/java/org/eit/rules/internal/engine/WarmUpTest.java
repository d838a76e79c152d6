package org.eit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.eit.core.api.Eit;
import org.junit.jupiter.api.Test;

/** The warm-up makes every stage's shipped rule base, on a thread of its own, and returns before it is done. */
class WarmUpTest {

    @Test
    void theShippedRuleBasesAreMadeInTheBackground() throws Exception {
        PipelineEngine engine = (PipelineEngine) Eit.engine().build();
        assertThat(engine.shippedRulesMade()).isFalse();
        long start = System.nanoTime();
        engine.warmUp();
        // Making seven rule bases (from the cache kept across runs, or compiled) takes far longer than returning.
        assertThat(engine.shippedRulesMade()).isFalse();
        while (!engine.shippedRulesMade() && System.nanoTime() - start < 300_000_000_000L) {
            Thread.sleep(50);
        }
        assertThat(engine.shippedRulesMade()).isTrue();
    }
}
