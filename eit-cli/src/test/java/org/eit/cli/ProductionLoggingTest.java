package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * With the logging configuration the {@code eit} command ships ({@code src/main/resources/logback.xml}), a rule that
 * does not compile is reported by eit alone, on its file and line: Drools' own ERROR log does not come first.
 */
class ProductionLoggingTest {
    @TempDir
    Path dir;

    /** What standard error shows while {@code eit rules check} reads a broken rule, logging configured by {@code xml}. */
    private String logsOfABrokenRule(String xml, String name) throws Exception {
        Path rules = Files.createDirectories(dir.resolve(name));
        Files.writeString(rules.resolve("broken.drl"), RulesCommandTest.RULE.replace("\"sawdust\"", "\"" + name + "\"")
                .replace("distanceKm <= 5 )", "distanceKm <= 5"));
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            context.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
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
        String shipped = Files.readString(Path.of("src/main/resources/logback.xml"));
        assertThat(logsOfABrokenRule(shipped, "shipped")).doesNotContain("KieProject").doesNotContain("ERROR");
        // Without that line, Drools would print its own report of the same error first.
        String without = shipped.replaceAll("(?m)^.*KieProject.*$", "");
        assertThat(logsOfABrokenRule(without, "without")).contains("ERROR");
    }
}
