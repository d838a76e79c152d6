package org.eit.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lazy value is made at its first use, once, whatever the threads asking at the same time. */
class LazyTest {

    @Test
    void isMadeOnceForThreadsAskingAtOnceAndNotBefore() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Lazy<List<String>> value = new Lazy<>(() -> {
            made.incrementAndGet();
            return List.of("made");
        });
        assertThat(made).hasValue(0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(threads.submit(() -> {
                    start.await();
                    return value.get();
                }));
            }
            start.countDown();
            for (Future<List<String>> f : asked) {
                assertThat(f.get()).isSameAs(value.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void aFailureIsThrownAndTheValueMadeAgainAtTheNextUse() {
        AtomicInteger tries = new AtomicInteger();
        Lazy<String> value = new Lazy<>(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("first");
            }
            return "second";
        });
        assertThatThrownBy(value::get).hasMessage("first");
        assertThat(value.get()).isEqualTo("second");
        assertThatThrownBy(() -> new Lazy<String>(() -> null).get()).isInstanceOf(NullPointerException.class);
    }
}
