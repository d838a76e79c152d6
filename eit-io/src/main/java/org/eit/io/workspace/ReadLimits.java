package org.eit.io.workspace;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How much a workspace may hold, so that a huge or runaway input ends with a clear error naming the file rather than
 * exhausting the memory. The defaults hold a large region (10 million rows, a 1 GiB file, e.g. 2 million flows
 * with long descriptions); a file beyond them is reported ({@code workspace.too-large}, {@code csv.too-many-rows}).
 *
 * <p>Set them with the system properties {@code eit.limits.max-file-bytes} and {@code eit.limits.max-rows}, or the
 * environment variables {@code EIT_MAX_FILE_BYTES} and {@code EIT_MAX_ROWS} (sizes may end in {@code k}, {@code m} or
 * {@code g}: {@code 512m}; a value that is not a size is ignored with a logged warning); embedders pass a {@code ReadLimits} to {@link WorkspaceReader}.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxRows      the most rows of a CSV file, or items of a document's {@code actors} or {@code flows}
 */
public record ReadLimits(long maxFileBytes, long maxRows) {
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;
    public static final long DEFAULT_MAX_ROWS = 10_000_000L;
    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("ReadLimits.maxFileBytes and ReadLimits.maxRows must be > 0");
        }
    }

    /** The limits set by system properties or environment variables, else the defaults. */
    public static ReadLimits fromEnvironment() {
        return from(System::getProperty, System.getenv());
    }

    static ReadLimits from(Function<String, String> properties, Map<String, String> environment) {
        return new ReadLimits(
                size(properties.apply("eit.limits.max-file-bytes"), environment.get("EIT_MAX_FILE_BYTES"),
                        DEFAULT_MAX_FILE_BYTES),
                size(properties.apply("eit.limits.max-rows"), environment.get("EIT_MAX_ROWS"), DEFAULT_MAX_ROWS));
    }

    private static long size(String property, String variable, long fallback) {
        String text = property != null && !property.isBlank() ? property : variable;
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long factor = 1;
        if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
            factor = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long value = Long.parseLong(t) * factor;
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            org.slf4j.LoggerFactory.getLogger(ReadLimits.class).warn(
                    "eit: ignoring limit '{}', which is not a size (write e.g. 2000000 or 512m)", text);
            return fallback;
        }
    }
}
