package org.eit.samples;

import java.util.Map;
import java.util.TreeMap;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.model.Territory;
import org.eit.io.report.DiagnosticJson;
import org.eit.samples.synthetic.SyntheticTerritory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detection's searches and rule sessions run side by side ({@code rules.threads}); the diagnostic must not depend on
 * it. A generated territory large enough for several batches of candidate pairs and for the index to search in
 * parallel gives the same bytes with one thread and with three.
 */
class ThreadsDeterminismTest {
    @Test
    void oneThreadAndSeveralGiveTheSameDiagnostic() {
        Territory generated = new SyntheticTerritory(3_000, 7).territory();
        assertThat(generated.flows()).hasSizeGreaterThan(4_000);
        EitEngine engine = Eit.engine().build();
        String one = json(engine, withThreads(generated, 1));
        String three = json(engine, withThreads(generated, 3));
        assertThat(three).isEqualTo(one);
        assertThat(one).contains("\"synergies\" : " + "[");
    }

    private static Territory withThreads(Territory t, int threads) {
        Map<String, String> parameters = new TreeMap<>(t.parameters());
        parameters.put("rules.threads", Integer.toString(threads));
        return new Territory(t.name(), t.language(), t.currency(), parameters, t.actors(), t.flows(),
                t.toClassify(), t.observations());
    }

    private static String json(EitEngine engine, Territory territory) {
        Diagnostic d = engine.analyze(AnalysisRequest.of(territory));
        // Enough candidate pairs for several batches (20,000 each): the sessions really ran side by side.
        assertThat(d.synergies().size() + d.alternatives().size() + d.refused().size()).isGreaterThan(20_000);
        return DiagnosticJson.write(territory, d);
    }
}
