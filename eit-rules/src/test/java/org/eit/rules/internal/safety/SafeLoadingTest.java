package org.eit.rules.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.core.problem.Problem;
import org.eit.rules.FixtureAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A territory's rules cannot harm the machine: each way of reaching a process, a file, the network, reflection, a
 * thread, the environment or {@code System} is refused with its file and line before anything runs, and a rule
 * that does not return ends the analysis on time.
 */
class SafeLoadingTest {
    @TempDir
    static Path dir;

    /** A rule file of the detection stage with {@code imports}, a {@code when} part and a {@code then} part. */
    private static String rule(String imports, String when, String then) {
        return """
                package myterritory.substitution.unsafe;

                import org.eit.rules.detection.Candidate;
                %s
                rule "Mine"
                when
                    %s
                then
                    %s
                end
                """.formatted(imports, when, then);
    }

    private static final String CANDIDATE = "$c : Candidate( internal == false )";

    /** Each case: a name, the file, the line the refusal must name, and a word of the refusal. */
    static List<Object[]> forbidden() {
        Path marker = dir.resolve("written-by-a-rule");
        return List.of(
                new Object[] {"a process", rule("", CANDIDATE,
                        "java.lang.Runtime.getRuntime().exec(new String[] {\"sh\", \"-c\", \"id\"});"), 9,
                        "java.lang.Runtime"},
                new Object[] {"a file written", rule("", CANDIDATE,
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"x\");"), 9,
                        "java.nio.file"},
                new Object[] {"System.exit", rule("", CANDIDATE, "System.exit(0);"), 9, "java.lang.System"},
                new Object[] {"an import", rule("import java.io.File;", CANDIDATE, ""), 4, "java.io.File"},
                new Object[] {"reflection by name", rule("", CANDIDATE,
                        "Class.forName(\"java.lang.Runtime\");"), 9, "java.lang.Class"},
                new Object[] {"a class loader", rule("", CANDIDATE,
                        "$c.getClass().getClassLoader();"), 9, "getClass"},
                new Object[] {"a thread", rule("", CANDIDATE, "new Thread(() -> {}).start();"), 9,
                        "java.lang.Thread"},
                new Object[] {"the network", rule("", CANDIDATE,
                        "new java.net.URL(\"http://example.org\").openStream();"), 9, "java.net.URL"},
                new Object[] {"the environment in a condition", rule("",
                        "$c : Candidate( internal == false, System.getenv(\"HOME\") != null )", ""), 7, "System"},
                new Object[] {"a process in a condition", rule("",
                        "$c : Candidate( java.lang.Runtime.getRuntime().availableProcessors() > 0 )", ""), 7,
                        "java.lang.Runtime"},
                new Object[] {"a from expression", rule("",
                        "$home : String() from System.getProperty(\"user.home\")", ""), 7, "System"},
                new Object[] {"an eval", rule("", CANDIDATE + "\n    eval( System.nanoTime() > 0 )", ""), 8,
                        "System"},
                new Object[] {"an accumulate's code", rule("",
                        "$n : Number() from accumulate( Candidate( $d : distanceKm ), "
                                + "init( java.io.File f = new java.io.File(\"/\"); double t = 0; ), "
                                + "action( t += $d; ), result( new Double(t) ) )", ""), 5, "java.io.File"},
                new Object[] {"a method reference", rule("", CANDIDATE,
                        "java.util.List.of(\"a\").forEach(System.out::println);"), 9, "java.io.PrintStream"},
                new Object[] {"the MVEL dialect", """
                        package myterritory.substitution.unsafe;
                        import org.eit.rules.detection.Candidate;
                        rule "Mine" dialect "mvel"
                        when
                            $c : Candidate( )
                        then
                            System.out.println("x");
                        end
                        """, 3, "mvel"},
                new Object[] {"a function", """
                        package myterritory.substitution.unsafe;
                        import org.eit.rules.detection.Candidate;

                        function void leave() {
                            System.exit(3);
                        }

                        rule "Mine"
                        when
                            $c : Candidate( )
                        then
                            leave();
                        end
                        """, 4, "java.lang.System"},
                new Object[] {"eit's own package", rule("", CANDIDATE, "").replace("myterritory.substitution.unsafe",
                        "org.eit.rules.detection.substitution"), 1, "org.eit.rules.detection.substitution"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void isRefusedWithFileAndLineBeforeAnythingRuns(String name, String drl, int line, String named) {
        assertThatThrownBy(() -> FixtureAccess.of().offer("sawdust").demand("sawdust").rule("rules/unsafe.drl", drl)
                .analyze())
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo("rules/unsafe.drl");
                        assertThat(p.code()).startsWith("rule.unsafe");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isEqualTo(line);
                        assertThat(p.format(Locale.ENGLISH)).contains(named);
                    });
                });
        assertThat(Files.exists(dir.resolve("written-by-a-rule"))).as("no side effect").isFalse();
    }

    @Test
    void harmlessJavaAndTheEnginesHelpersRun() {
        String drl = """
                package myterritory.substitution.fine;

                import org.eit.rules.detection.Candidate;
                import java.util.ArrayList;
                import java.util.List;
                import function org.eit.rules.detection.Findings.exchange;

                function double rounded(double km) {
                    double total = 0;
                    for (int i = 0; i < 3; i++) {
                        total += Math.round(km);
                    }
                    return total / 3;
                }

                rule "Fine"
                    @fr("{offerActor} et {demandActor}.")
                    @en("{offerActor} and {demandActor}.")
                when
                    $c : Candidate( internal == false, offer.resource == "sawdust", distanceKm < 50,
                                    Math.abs( distanceKm ) >= 0 )
                then
                    List<String> names = new ArrayList<>();
                    names.add("x" + rounded($c.getDistanceKm()));
                    names.stream().map(String::toUpperCase).forEach(n -> {});
                    insert( exchange( drools.getRule(), $c ) );
                end
                """;
        Diagnostic d = FixtureAccess.of().offer("sawdust").demand("sawdust").rule("rules/fine.drl", drl).analyze();
        assertThat(d.synergies()).extracting(s -> s.rule()).contains("Fine");
    }

    @Test
    void anAccumulateAndAFactsMethodCalledWithoutThisRunInATerritorysRules() {
        // What the shipped packs do, written by a territory: counting with accumulate, and tagged( "x" ) on the
        // pattern's fact.
        String drl = """
                package myterritory.afom;

                import org.eit.rules.facts.ObservationFact;
                import function org.eit.rules.afom.Afom.item;

                rule "Many observations"
                    @fr("{count} observations.")
                    @en("{count} observations.")
                when
                    accumulate( ObservationFact( $t : text ); $n : count( $t ); $n >= 1 )
                then
                    insert( item( drools.getRule(), "strength", "", $n ) );
                end

                rule "Tagged"
                    @fr("{observation}")
                    @en("{observation}")
                when
                    $o : ObservationFact( tagged( "mine" ) )
                then
                    insert( item( drools.getRule(), "opportunity", $o.id(), $o ) );
                end
                """;
        Diagnostic d = new org.eit.rules.Fixture().actor("A", 0, "Z").offer("F1", "A", "sawdust", 1)
                .observation("O1", null, "Noted", "mine").rule("rules/afom.drl", drl).analyze();
        assertThat(d.afom()).extracting(i -> i.rule()).contains("Many observations", "Tagged");
    }

    @Test
    void trustingTheRulesLiftsSafeLoading() {
        String drl = rule("import function org.eit.rules.detection.Findings.exchange;",
                "$c : Candidate( internal == false, System.getProperty(\"java.version\") != null )",
                "insert( exchange( drools.getRule(), $c ) );")
                .replace("rule \"Mine\"", "rule \"Mine\"\n    @fr(\"{offerActor}.\")\n    @en(\"{offerActor}.\")");
        FixtureAccess f = FixtureAccess.of().offer("sawdust").demand("sawdust").rule("rules/trusted.drl", drl);
        assertThatThrownBy(f::analyze).isInstanceOf(RuleException.class);
        EitEngine trusting = Eit.engine().trustRules(true).build();
        assertThat(trusting.analyze(f.request()).synergies()).extracting(s -> s.rule()).contains("Mine");
    }

    @Test
    void aConsequenceThatNeverReturnsEndsTheAnalysisOnTimeNamingTheRule() {
        EitEngine quick = Eit.engine().ruleTimeout(Duration.ofMillis(300)).build();
        for (String body : new String[] {"while (true) { }",
                "long n = 0; while (true) { try { n++; } catch (Throwable t) { } }",
                "for (;;) { try { spin(); } catch (Throwable t) { } }"}) {
            String drl = """
                    package myterritory.substitution.spin;
                    import org.eit.rules.detection.Candidate;

                    function void spin() {
                        int i = 0;
                        while (i >= 0) { i = i * 1; }
                    }

                    rule "Spins"
                    when
                        $c : Candidate( )
                    then
                        %s
                    end
                    """.formatted(body);
            long start = System.nanoTime();
            assertThatThrownBy(() -> quick.analyze(FixtureAccess.of().offer("sawdust").demand("sawdust")
                    .rule("rules/spin.drl", drl).request()))
                    .as(body)
                    .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.code()).isEqualTo("rule.timeout");
                                assertThat(p.format(Locale.ENGLISH)).startsWith("rules/spin.drl:9: error: rule = "
                                        + "'Spins': the rule did not finish within 0.3 s");
                            }));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped on time").isLessThan(
                    Duration.ofSeconds(8));
        }
        assertThat(Thread.getAllStackTraces().keySet()).as("no thread left spinning")
                .noneMatch(t -> t.getStackTrace().length > 0 && java.util.Arrays.stream(t.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().contains("myterritory")));
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsFileAndLine() {
        String drl = rule("", CANDIDATE, "int[] none = new int[0]; int x = none[1];");
        assertThatThrownBy(() -> FixtureAccess.of().offer("sawdust").demand("sawdust").rule("rules/fails.drl", drl)
                .analyze())
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.problems()).extracting(
                        Problem::code, Problem::line).containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "rule.failed", 5)));
    }
}
