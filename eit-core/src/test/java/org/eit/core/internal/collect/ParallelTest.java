package org.eit.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 5_000).boxed().toList();

    @Test
    void mappedSideBySideTheResultsKeepTheItemsOrder() {
        assertThat(Parallel.map(ITEMS, 3, i -> i * 2)).isEqualTo(Parallel.map(ITEMS, 1, i -> i * 2));
        assertThat(Parallel.inTurn(ITEMS, 3, i -> i * 2)).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
    }

    @Test
    void inTurnHandsTheItemsOutInTheirOrderToEveryThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger started = new AtomicInteger();
        List<Integer> order = Parallel.inTurn(List.of(0, 1, 2, 3), 2, i -> {
            threads.add(Thread.currentThread());
            int turn = started.getAndIncrement();
            sleep(i < 2 ? 200 : 0); // the first two run together, one on each thread
            return turn;
        });
        assertThat(order.subList(0, 2)).containsExactlyInAnyOrder(0, 1);
        assertThat(threads).hasSize(2);
    }

    @Test
    void whatAnItemThrowsIsThrownAndTheOtherThreadsTakeNoMore() {
        AtomicInteger done = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        assertThatThrownBy(() -> Parallel.inTurn(items, 2, i -> {
            if (i == 10) {
                throw new IllegalArgumentException("item 10");
            }
            sleep(2);
            done.incrementAndGet();
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 10");
        // Two milliseconds an item: had the other thread gone on, it would have done nearly all of them.
        assertThat(done.get()).isLessThan(150);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
