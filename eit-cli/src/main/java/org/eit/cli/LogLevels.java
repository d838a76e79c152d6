package org.eit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The log levels {@code -v} and {@code -q} ask for, over those {@link LogConfiguration} sets (root at
 * {@code EIT_LOG_LEVEL}, else WARN; Drools and KIE at WARN): {@code -v} shows eit's INFO lines (each stage and its
 * time), {@code -vv} DEBUG, {@code -q} errors only. Restored after the run, since tests run many commands in one JVM.
 */
final class LogLevels {
    private static final String[] CHATTY = {"org.drools", "org.kie"};
    private final Map<Logger, Level> previous = new LinkedHashMap<>();

    private LogLevels() {
    }

    static LogLevels apply(Verbosity verbosity) {
        LogLevels levels = new LogLevels();
        if (verbosity == Verbosity.NORMAL || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return levels;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        switch (verbosity) {
            case QUIET -> {
                levels.set(root, Level.ERROR);
                for (String name : CHATTY) {
                    levels.set(context.getLogger(name), Level.ERROR);
                }
            }
            case VERBOSE -> levels.set(root, Level.INFO);
            default -> levels.set(root, Level.DEBUG);
        }
        return levels;
    }

    private void set(Logger logger, Level level) {
        previous.put(logger, logger.getLevel());
        logger.setLevel(level);
    }

    void restore() {
        previous.forEach(Logger::setLevel);
    }
}
