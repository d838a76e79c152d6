package org.eit.rules.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.eit.core.api.AnalysisRequest;
import org.eit.samples.synthetic.SyntheticTerritory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The rule engine's overhead against the plain-Java baseline, on the same candidates: for each generated territory,
 * the candidates the K-nearest index proposes are judged by the shipped rules of reach, substitution and pooling
 * (one session, batches of {@link DetectionStage#BATCH} inserted, fired, their results kept and deleted, as the
 * engine's sessions do) and by {@link PlainMatcher}. Each timing is the median of five runs after two warm-up
 * runs. Not a test: run it from the test classpath, one territory size per argument:
 *
 * <pre>
 * mvn -B -o -q test-compile -pl eit-samples -am
 * java -cp "eit-samples/target/test-classes:eit-samples/target/classes:eit-cli/target/lib/*" \
 *      org.eit.rules.detection.MatcherBenchmark 1000 10000 30000
 * </pre>
 */
public final class MatcherBenchmark {
    private static final String[] DRL = {"org/eit/rules/detection/reach/reach.drl",
            "org/eit/rules/detection/substitution/substitution.drl", "org/eit/rules/detection/pooling/pooling.drl"};

    private MatcherBenchmark() {
    }

    public static void main(String[] args) {
        KieBase base = compile();
        DetectionCapture capture = new DetectionCapture();
        System.out.println("| actors | candidates | index (ms) | plain judge (ms) | rules judge (ms) | rules / plain"
                + " | (index + rules) / (index + plain) | rule firings |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String arg : args) {
            int actors = Integer.parseInt(arg.replace("_", ""));
            DetectionCapture.Captured seen = capture.run(AnalysisRequest.of(new SyntheticTerritory(actors, 1)
                    .territory()));
            List<Candidate> candidates = seen.candidates();
            double index = median(() -> CandidateIndex.candidates(seen.offers(), seen.demands(), seen.accepts(),
                    seen.k(), seen.inputs()));
            double plain = median(() -> PlainMatcher.judge(candidates));
            long[] firings = new long[1];
            double rules = median(() -> firings[0] = fire(base, candidates));
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

    /** Judges the candidates with the rules, batch by batch as the engine's sessions do; returns the firings. */
    private static long fire(KieBase base, List<Candidate> candidates) {
        KieSession session = base.newKieSession();
        try {
            long fired = session.fireAllRules();
            long results = 0;
            for (int i = 0; i < candidates.size(); i += DetectionStage.BATCH) {
                List<FactHandle> handles = new ArrayList<>();
                for (Candidate c : candidates.subList(i, Math.min(candidates.size(), i + DetectionStage.BATCH))) {
                    handles.add(session.insert(c));
                }
                fired += session.fireAllRules();
                for (FactHandle h : List.<FactHandle>copyOf(session.getFactHandles(o -> o instanceof Proposal
                        || o instanceof WithinReach || o instanceof Refusal))) {
                    results++;
                    session.delete(h);
                }
                handles.forEach(session::delete);
            }
            if (results != fired) {
                throw new IllegalStateException(results + " results of " + fired + " firings");
            }
            return fired;
        } finally {
            session.dispose();
        }
    }

    private static KieBase compile() {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fs = services.newKieFileSystem();
        ReleaseId id = services.newReleaseId("org.eit.bench", "matcher", "1.0.0");
        fs.generateAndWritePomXML(id);
        fs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <configuration>
                    <property key="drools.propertySpecific" value="ALLOWED"/>
                  </configuration>
                  <kbase name="bench" default="true"><ksession name="bench" default="true"/></kbase>
                </kmodule>
                """);
        for (String path : DRL) {
            try (InputStream in = MatcherBenchmark.class.getClassLoader().getResourceAsStream(path)) {
                fs.write("src/main/resources/" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        KieBuilder builder = services.newKieBuilder(fs).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        return services.newKieContainer(id).getKieBase();
    }
}
