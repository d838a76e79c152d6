package org.eit.rules.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The shipped rules that judge each candidate pair (reach, substitution, pooling), compiled alone, and the session
 * that judges a list of candidates with them batch by batch as the engine's sessions do: what
 * {@link MatcherBenchmark} compares with the plain-Java baseline and {@link RuleSessionBenchmark} times under JMH.
 */
final class DetectionRules {
    private static final String[] DRL = {"org/eit/rules/detection/reach/reach.drl",
            "org/eit/rules/detection/substitution/substitution.drl", "org/eit/rules/detection/pooling/pooling.drl"};

    private DetectionRules() {
    }

    /**
     * Judges the candidates with the rules: one session, batches of {@link DetectionStage#BATCH} inserted, fired,
     * their results (proposals, reach held or refused) kept and deleted; returns the firings.
     */
    static long judge(KieBase base, List<Candidate> candidates) {
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

    /** The rule base of reach, substitution and pooling, as the shipped files say them. */
    static KieBase compile() {
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
            try (InputStream in = DetectionRules.class.getClassLoader().getResourceAsStream(path)) {
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
