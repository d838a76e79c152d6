package org.eit.rules.internal.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eit.core.api.RuleException;
import org.eit.core.api.SourceFile;
import org.eit.rules.internal.safety.SafeLoading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compiled packs kept across runs: a second compiler (a second run) loads what the first one compiled; an
 * entry that is damaged, or that holds other rules, is ignored and replaced; rules safe loading checks are never
 * kept, and compile errors are reported on the author's file and line whatever the cache holds.
 */
class RuleCompilerCacheTest {
    private static final String COUNTING = """
            package org.eit.test.counting;
            global java.util.List seen;
            rule "Each string is seen"
            when
                $s : String()
            then
                seen.add( "counted " + $s );
            end
            """;
    private static final String OTHER = """
            package org.eit.test.other;
            global java.util.List seen;
            rule "Each string is another"
            when
                $s : String()
            then
                seen.add( "other " + $s );
            end
            """;

    @TempDir
    Path cache;

    private RuleCompiler compiler() {
        return new RuleCompiler(new SafeLoading(Set.of(String.class)), new ModuleCache(cache));
    }

    private static List<RuleSource> rules(String drl, boolean trusted) {
        return List.of(new RuleSource(new SourceFile("rules/test.drl", drl), "test", "test", trusted));
    }

    private static List<Object> fire(CompiledRules rules) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            List<Object> seen = new java.util.ArrayList<>();
            session.setGlobal("seen", seen);
            session.insert("x");
            session.fireAllRules();
            return seen;
        } finally {
            session.dispose();
        }
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondRunLoadsWhatTheFirstCompiled() throws Exception {
        RuleCompiler first = compiler();
        assertThat(fire(first.compile(rules(COUNTING, true)))).containsExactly("counted x");
        assertThat(first.loadedFromCache()).isZero();
        assertThat(entries()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".packages"));

        RuleCompiler second = compiler();
        CompiledRules loaded = second.compile(rules(COUNTING, true));
        assertThat(second.loadedFromCache()).isEqualTo(1);
        assertThat(fire(loaded)).containsExactly("counted x");
        assertThat(loaded.locate("org.eit.test.counting", "Each string is seen").line()).isEqualTo(3);
    }

    @Test
    void aDamagedEntryIsIgnoredAndReplaced() throws Exception {
        compiler().compile(rules(COUNTING, true));
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        for (byte[] damaged : List.of("not a rule base".getBytes(), java.util.Arrays.copyOf(whole, whole.length / 2),
                new byte[0])) {
            Files.write(entry, damaged);
            RuleCompiler next = compiler();
            assertThat(fire(next.compile(rules(COUNTING, true)))).containsExactly("counted x");
            assertThat(next.loadedFromCache()).isZero();
            assertThat(Files.readAllBytes(entry)).isEqualTo(whole);
        }
        RuleCompiler after = compiler();
        after.compile(rules(COUNTING, true));
        assertThat(after.loadedFromCache()).isEqualTo(1);
    }

    @Test
    void anEntryOfOtherRulesIsIgnored() throws Exception {
        compiler().compile(rules(OTHER, true));
        Path otherEntry = entries().get(0);
        byte[] other = Files.readAllBytes(otherEntry);
        compiler().compile(rules(COUNTING, true));
        Path countingEntry = entries().stream().filter(p -> !p.equals(otherEntry)).findFirst().orElseThrow();
        // As if the entry were outdated: the bytes of other rules under this key.
        Files.write(countingEntry, other);
        RuleCompiler next = compiler();
        assertThat(fire(next.compile(rules(COUNTING, true)))).containsExactly("counted x");
        assertThat(next.loadedFromCache()).isZero();
    }

    @Test
    void checkedRulesAreNeverKeptAndErrorsKeepTheirFileAndLine() throws Exception {
        RuleCompiler compiler = compiler();
        compiler.compile(rules(COUNTING.replace("counting", "checked"), false));
        assertThat(entries()).isEmpty();
        String broken = COUNTING.replace("$s : String()", "$s : String( ");
        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> compiler().compile(rules(broken, true))).isInstanceOfSatisfying(
                    RuleException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("rules/test.drl");
                        assertThat(p.line()).isGreaterThan(0);
                    }));
        }
        assertThat(entries()).isEmpty();
    }

    @Test
    void callersAtOnceShareOneRuleBaseAndAFailureIsNotKept() throws Exception {
        RuleCompiler compiler = compiler();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<CompiledRules> call = () -> {
                start.await();
                return compiler.compile(rules(COUNTING, false));
            };
            var first = threads.submit(call);
            var second = threads.submit(call);
            // Made once, by whichever came first; the other waited for it (a checked rule base takes a while).
            assertThat(first.get()).isSameAs(second.get());
        } finally {
            threads.shutdownNow();
        }
        String broken = COUNTING.replace("$s : String()", "$s : String( ");
        RuleException once = catchRuleException(() -> compiler.compile(rules(broken, false)));
        // Asked again, the files are compiled again: a failure kept would be thrown again as the same exception.
        assertThat(catchRuleException(() -> compiler.compile(rules(broken, false)))).isNotSameAs(once);
    }

    private static RuleException catchRuleException(Runnable call) {
        try {
            call.run();
        } catch (RuleException e) {
            return e;
        }
        throw new AssertionError("no RuleException");
    }
}
