package org.eit.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void aValueIsWorkedOutOnceAndAgainOnlyAfterTheCacheFilledUp() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(3);
        AtomicInteger computed = new AtomicInteger();
        for (int round = 0; round < 2; round++) {
            for (int key = 0; key < 3; key++) {
                assertThat(cache.get(key, k -> "v" + k + "#" + computed.incrementAndGet())).startsWith("v" + key);
            }
        }
        assertThat(computed.get()).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(3);
        // A fourth key empties it first: nothing grows without end.
        assertThat(cache.get(3, k -> "v3")).isEqualTo("v3");
        assertThat(cache.size()).isEqualTo(1);
        cache.get(0, k -> "again#" + computed.incrementAndGet());
        assertThat(computed.get()).isEqualTo(4);
    }
}
