package org.eit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every eit command: the one source of the exit-code section of every command's {@code --help}
 * (their meanings are texts of the CLI's catalog) and of the README's table (a test compares them).
 */
public final class ExitCodes {
    /** Success (and, for validate, valid data). */
    public static final int OK = 0;
    /** An internal error: a bug or an unexpected failure (file system, memory). */
    public static final int INTERNAL = 1;
    /** A usage error: unknown option, missing argument, a folder that does not exist. */
    public static final int USAGE = 2;
    /** The territory's data is invalid: the report lists every problem. */
    public static final int INVALID_INPUT = 3;
    /** A rule file does not compile: the report gives file, line and message. */
    public static final int RULE_ERROR = 4;
    /** {@code rules test}: a scenario's expectations do not hold (the report shows what differs). */
    public static final int SCENARIO_FAILED = 5;

    /** Every code, in order, with the key of its meaning in the CLI's catalog. */
    static final Map<Integer, String> MEANINGS = meanings();

    private ExitCodes() {
    }

    private static Map<Integer, String> meanings() {
        Map<Integer, String> meanings = new LinkedHashMap<>();
        meanings.put(OK, "exit.ok");
        meanings.put(INTERNAL, "exit.internal");
        meanings.put(USAGE, "exit.usage");
        meanings.put(INVALID_INPUT, "exit.invalid-input");
        meanings.put(RULE_ERROR, "exit.rule-error");
        meanings.put(SCENARIO_FAILED, "exit.scenario-failed");
        return java.util.Collections.unmodifiableMap(meanings);
    }
}
