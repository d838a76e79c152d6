package org.eit.cli;

/** The exit codes of every eit command, documented in the README and in {@code eit --help}. */
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

    private ExitCodes() {
    }
}
