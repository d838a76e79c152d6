package org.eit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eit.core.api.Diagnostic;
import org.junit.jupiter.api.Test;

/** One engine serves analyses from several threads at once, with the results of sequential runs. */
class ConcurrentAnalysesTest {

    private static Fixture territory(int i) {
        return new Fixture().actor("A", 0, "Park").actor("B", 1 + i % 3, "Park").actor("C", 2, "Town")
                .offer("F1", "A", "sawdust", 100 + i).demand("F2", "B", "sawdust", 50)
                .demand("F3", "C", "wood-waste", 20 + i).offer("F4", "C", "forklift", 1).demand("F5", "A", "forklift", 1);
    }

    @Test
    void analysesInParallelGiveTheSameResultsAsOneByOne() throws Exception {
        List<Diagnostic> sequential = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sequential.add(territory(i).analyze());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Diagnostic>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 8; i++) {
                    int n = i;
                    futures.add(pool.submit(() -> territory(n).analyze()));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % 8));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.get(0).synergies()).hasSize(3);
    }

    @Test
    void anAnalysisStartedWhileTheRulesWarmUpWaitsForThemAndGivesTheSameResult() {
        Diagnostic expected = territory(1).analyze();
        org.eit.core.api.EitEngine fresh = org.eit.core.api.Eit.engine().build();
        fresh.warmUp();
        fresh.warmUp();
        assertThat(fresh.analyze(territory(1).request())).isEqualTo(expected);
        assertThat(fresh.check(territory(1).request())).isEqualTo(Fixture.ENGINE.check(territory(1).request()));
    }
}
