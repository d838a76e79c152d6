package org.eit.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {
    @Test
    void holdsWhatWasAddedAcrossGrowthIncludingZeroAndTheExtremes() {
        LongSet set = new LongSet();
        for (long i = 0; i < 100_000; i++) {
            assertThat(set.add(i * 7919)).isTrue();
        }
        assertThat(set.add(0)).isFalse();
        assertThat(set.add(7919 * 99_999L)).isFalse();
        assertThat(set.contains(7919 * 50_000L)).isTrue();
        assertThat(set.contains(7918)).isFalse();
        assertThat(set.add(Long.MIN_VALUE)).isTrue();
        assertThat(set.add(Long.MIN_VALUE)).isFalse();
        assertThat(set.add(Long.MAX_VALUE)).isTrue();
        assertThat(set.size()).isEqualTo(100_002);
    }

    @Test
    void agreesWithAHashSetOnRandomPairKeys() {
        Random random = new Random(1);
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long key = ((long) random.nextInt(5_000) << 32) | random.nextInt(5_000);
            assertThat(set.add(key)).isEqualTo(expected.add(key));
        }
        for (int i = 0; i < 10_000; i++) {
            long key = ((long) random.nextInt(5_000) << 32) | random.nextInt(5_000);
            assertThat(set.contains(key)).isEqualTo(expected.contains(key));
        }
        assertThat(set.size()).isEqualTo(expected.size());
    }
}
