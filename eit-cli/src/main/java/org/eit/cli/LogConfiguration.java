package org.eit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code rather than read from a {@code logback.xml}: reading one took a tenth
 * of a second of every run's start. Logs go to standard error (standard output carries results only), as
 * {@code LEVEL Logger: message}; the root level is {@code EIT_LOG_LEVEL}, else WARN; Drools and KIE log at WARN, and
 * Drools' own line about a rule that does not compile is left out, since eit reports it with its file and line.
 * A {@code logback.xml} or {@code logback-test.xml} on the class path, or {@code -Dlogback.configurationFile}, wins.
 * Found by logback through {@code META-INF/services}.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = LogConfiguration.class.getClassLoader();
        if (System.getProperty("logback.configurationFile") != null || loader.getResource("logback-test.xml") != null
                || loader.getResource("logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the command line ships it. */
    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("EIT_LOG_LEVEL"), Level.WARN));
        root.addAppender(appender);
        context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").setLevel(Level.OFF);
        context.getLogger("org.drools").setLevel(Level.WARN);
        context.getLogger("org.kie").setLevel(Level.WARN);
    }
}
