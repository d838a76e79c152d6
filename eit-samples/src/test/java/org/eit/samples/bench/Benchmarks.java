package org.eit.samples.bench;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of the hot paths (every {@code *Benchmark} class with {@code @Benchmark} methods in the
 * test sources: reading, resolving, indexing, rule session, allocation, writing) with JMH's own command-line options,
 * then prints the results as a Markdown table with the system's load average before and after. Not a test: run it
 * from the test classpath (docs/BENCHMARKS.md, "JMH benchmarks of the hot paths"), for example
 *
 * <pre>
 * mvn -B -o -q test-compile -pl eit-samples -am
 * java -cp "eit-samples/target/test-classes:eit-samples/target/classes:$(cat eit-samples/target/benchmark.classpath)" \
 *      org.eit.samples.bench.Benchmarks -f 1 -wi 2 -i 3 -w 2s -r 2s [-p actors=1000] [REGEXP...]
 * </pre>
 *
 * <p>{@code -h} lists JMH's options, {@code -l} the benchmarks. Without options JMH's defaults apply (5 forks of 5
 * warm-up and 5 measured iterations of 10 s each, for every benchmark and size): hours. As in the build's tests, the
 * compiled rule bases are kept in {@code eit-samples/target/rule-cache}, not in the user's cache, unless the
 * system property {@code eit.rules.cache} says otherwise.
 */
public final class Benchmarks {
    private static final String CACHE = "eit.rules.cache";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        double loadBefore = load();
        Collection<RunResult> results = new Runner(withRuleCache(options)).run();
        double loadAfter = load();
        System.out.println();
        System.out.printf(Locale.ROOT, "load average (1 min): %.2f before, %.2f after; %d cores, Java %s%n%n",
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| benchmark | params | score | error (99.9 %) | unit |");
        System.out.println("|---|---|---:|---:|---|");
        for (RunResult run : results) {
            var params = run.getParams();
            String named = params.getParamsKeys().stream().map(k -> k + "=" + params.getParam(k))
                    .collect(Collectors.joining(", "));
            Result<?> primary = run.getPrimaryResult();
            String benchmark = params.getBenchmark();
            System.out.printf(Locale.ROOT, "| %s | %s | %,.1f | %s | %s |%n",
                    benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1), named,
                    primary.getScore(), Double.isNaN(primary.getScoreError()) ? "" : String.format(Locale.ROOT,
                            "± %,.1f", primary.getScoreError()), primary.getScoreUnit());
        }
    }

    /** The options, the forks told to keep compiled rule bases next to the test classes' folder. */
    private static Options withRuleCache(CommandLineOptions options) throws URISyntaxException {
        if (System.getProperty(CACHE) != null) {
            return options;
        }
        Path target = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        List<String> append = new ArrayList<>(options.getJvmArgsAppend().orElse(List.of()));
        append.add("-D" + CACHE + "=" + target.resolve("rule-cache"));
        return new OptionsBuilder().parent(options).jvmArgsAppend(append.toArray(String[]::new)).build();
    }

    /** Says what a benchmark's setup built, in the fork's output ("# Input: ..."), so that each figure has its size. */
    public static void input(String format, Object... args) {
        System.out.println("# Input: " + String.format(Locale.ROOT, format, args));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
