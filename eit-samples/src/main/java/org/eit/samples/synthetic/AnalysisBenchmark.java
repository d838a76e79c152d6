package org.eit.samples.synthetic;

import java.util.Locale;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.model.Territory;

/**
 * Times the analysis of synthetic territories of growing size, for {@code docs/BENCHMARKS.md}. Each size is
 * generated in memory, then analysed once after a warm-up analysis (so the rule base is compiled and the JIT warm).
 * Prints one Markdown table row per size. Run one size per process under {@code /usr/bin/time -v} to read the peak
 * resident memory of that size, with the JVM's default heap:
 *
 * <pre>
 * ./eit --version   # builds the tool
 * /usr/bin/time -v java -cp "eit-cli/target/eit-cli.jar:eit-cli/target/lib/*" \
 *      org.eit.samples.synthetic.AnalysisBenchmark 30000
 * </pre>
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        EitEngine engine = Eit.engine().build();
        long compile = System.nanoTime();
        engine.analyze(AnalysisRequest.of(new SyntheticTerritory(200, 99).territory()));
        System.out.printf(Locale.ROOT, "first analysis (rule base compiled, 200 actors): %.1f s%n",
                (System.nanoTime() - compile) / 1e9);
        System.out.println("| actors | flows | generate (s) | analyse (s) | retained | alternatives | refused |"
                + " partners beyond | heap after (MB) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String arg : args) {
            int actors = Integer.parseInt(arg.replace("_", ""));
            long start = System.nanoTime();
            Territory territory = new SyntheticTerritory(actors, 1).territory();
            double generate = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            Diagnostic diagnostic = engine.analyze(AnalysisRequest.of(territory));
            double analyse = (System.nanoTime() - start) / 1e9;
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %,d | %,d | %,d | %,d | %,d |%n", actors,
                    territory.flows().size(), generate, analyse, diagnostic.synergies().size(),
                    diagnostic.alternatives().size(), diagnostic.refused().size(), diagnostic.partnersBeyond(),
                    heapMb);
        }
    }
}
