package org.eit.rules.detection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * The rule engine's overhead against the plain-Java baseline, on the same candidates: for each generated territory,
 * the candidates the K-nearest index proposes are judged by the shipped rules of reach, substitution and pooling
 * ({@link DetectionRules}: one session, batches of {@link DetectionStage#BATCH} inserted, fired, their results kept
 * and deleted, as the engine's sessions do) and by {@link PlainMatcher}. Each timing is the median of five runs after
 * two warm-up runs. Not a test: run it from the test classpath, one territory size per argument (the same rule
 * session, under JMH: {@link RuleSessionBenchmark}):
 *
 * <pre>
 * mvn -B -o -q test-compile -pl eit-samples -am
 * java -cp "eit-samples/target/test-classes:eit-samples/target/classes:eit-cli/target/lib/*" \
 *      org.eit.rules.detection.MatcherBenchmark 1000 10000 30000
 * </pre>
 */
public final class MatcherBenchmark {
    private MatcherBenchmark() {
    }

    public static void main(String[] args) {
        KieBase base = DetectionRules.compile();
        System.out.println("| actors | candidates | index (ms) | plain judge (ms) | rules judge (ms) | rules / plain"
                + " | (index + rules) / (index + plain) | rule firings |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String arg : args) {
            int actors = Integer.parseInt(arg.replace("_", ""));
            DetectionCapture.Captured seen = DetectionCapture.synthetic(actors, 1);
            List<Candidate> candidates = seen.candidates();
            double index = median(() -> CandidateIndex.candidates(seen.offers(), seen.demands(), seen.accepts(),
                    seen.k(), seen.inputs()));
            double plain = median(() -> PlainMatcher.judge(candidates));
            long[] firings = new long[1];
            double rules = median(() -> firings[0] = DetectionRules.judge(base, candidates));
            long proposed = PlainMatcher.judge(candidates).stream().mapToLong(v -> v.proposedBy().size()).sum();
            if (firings[0] != proposed + candidates.size()) {
                throw new IllegalStateException("the rules fired " + firings[0] + " times, the plain matcher made "
                        + (proposed + candidates.size()) + " verdicts");
            }
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.0f | %.1f | %.0f | %.0f× | %.1f× | %,d |%n", actors,
                    candidates.size(), index, plain, rules, rules / plain, (index + rules) / (index + plain),
                    firings[0]);
        }
    }

    /** The median of five timed runs after two warm-up runs, in ms. */
    private static double median(Supplier<?> run) {
        for (int i = 0; i < 2; i++) {
            run.get();
        }
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            Object result = run.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (result == null) {
                throw new IllegalStateException();
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
