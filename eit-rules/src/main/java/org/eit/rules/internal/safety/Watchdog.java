package org.eit.rules.internal.safety;

/**
 * Bounds the time an untrusted rule's code may run. Safe loading inserts a call to {@link #check()} at the start
 * of every method and before every backward jump of the code it compiled from a territory's rules, so a loop that
 * does not end stops at the deadline of the firing it runs in, on the analysing thread itself: nothing keeps
 * spinning after the analysis has failed. The deadline is per thread, set around each rule firing.
 */
public final class Watchdog {
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[1]);

    private Watchdog() {
    }

    /** Called by instrumented rule code: ends the firing with {@link Timeout} once its deadline has passed. */
    public static void check() {
        long deadline = DEADLINE.get()[0];
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            throw new Timeout();
        }
    }

    /** The firing that starts on this thread may run {@code nanos} nanoseconds. */
    public static void start(long nanos) {
        DEADLINE.get()[0] = System.nanoTime() + nanos;
    }

    /** Whether the current firing has overrun its time (its code may have swallowed the {@link Timeout}). */
    public static boolean overrun() {
        long deadline = DEADLINE.get()[0];
        return deadline != 0 && System.nanoTime() - deadline > 0;
    }

    public static void stop() {
        DEADLINE.get()[0] = 0;
    }

    /**
     * A firing overran its time. An {@link Error}, so that a rule's {@code catch (Exception e)} does not swallow
     * it; a rule that catches it anyway meets it again at its next loop turn or call.
     */
    public static final class Timeout extends Error {
        private static final long serialVersionUID = 1L;

        Timeout() {
            super("the rule did not finish in time", null, false, false);
        }
    }
}
