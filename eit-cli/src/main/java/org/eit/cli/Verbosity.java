package org.eit.cli;

import java.util.List;

/** How much the CLI says on standard error: {@code -q} errors only, {@code -v} more log detail, {@code -vv} debug. */
enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE,
    DEBUG;

    /** Thrown when {@code -q} and {@code -v} are both given. */
    static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Read before picocli parses, like {@code --lang}: the console and the log levels are set up before the command
     * runs. Options after {@code --} are arguments, not options.
     */
    static Verbosity of(List<String> args) {
        int verbose = 0;
        boolean quiet = false;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--verbose")) {
                verbose++;
            } else if (arg.equals("--quiet")) {
                quiet = true;
            } else if (arg.matches("-v+")) {
                verbose += arg.length() - 1;
            } else if (arg.equals("-q")) {
                quiet = true;
            }
        }
        if (quiet && verbose > 0) {
            throw new Conflict();
        }
        return quiet ? QUIET : verbose == 0 ? NORMAL : verbose == 1 ? VERBOSE : DEBUG;
    }
}
