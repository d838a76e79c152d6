package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * With the logging configuration the {@code eit} command ships ({@link LogConfiguration}), a rule that does not
 * compile is reported by eit alone, on its file and line: Drools' own ERROR log does not come first.
 */
class ProductionLoggingTest {
    @TempDir
    Path dir;

    /** What standard error shows while {@code eit rules check} reads a broken rule, logging set up by {@code setUp}. */
    private String logsOfABrokenRule(java.util.function.Consumer<LoggerContext> setUp, String name) throws Exception {
        Path rules = Files.createDirectories(dir.resolve(name));
        Files.writeString(rules.resolve("broken.drl"), RulesCommandTest.RULE.replace("\"sawdust\"", "\"" + name + "\"")
                .replace("distanceKm <= 5 )", "distanceKm <= 5"));
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            context.reset();
            setUp.accept(context);
            CliRun run = CliRun.of("rules", "check", rules.toString(), "--trust-rules");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_ERROR);
            assertThat(run.out()).contains("broken.drl:10: error: a parenthesis opened on line 10 is not closed");
        } finally {
            System.setErr(saved);
            context.reset();
            new ContextInitializer(context).autoConfig();
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void droolsOwnErrorLogIsSilencedByTheShippedConfiguration() throws Exception {
        assertThat(logsOfABrokenRule(LogConfiguration::apply, "shipped")).doesNotContain("KieProject")
                .doesNotContain("ERROR");
        // Without its silencing, Drools would print its own report of the same error first.
        assertThat(logsOfABrokenRule(context -> {
            LogConfiguration.apply(context);
            context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").setLevel(null);
        }, "without")).contains("ERROR");
    }

    @Test
    void logbackFindsTheShippedSetUpAndAnXmlConfigurationWins() throws Exception {
        try (var in = LogConfiguration.class.getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
                    .isEqualTo(LogConfiguration.class.getName());
        }
        // The tests' logback-test.xml is on the class path: the set-up in code steps aside for it.
        assertThat(new LogConfiguration().configure(new LoggerContext()))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
