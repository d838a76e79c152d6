package org.eit.core.problem;

/** Where something was read: a file as the user names it, and a 1-based line and column (0 when unknown). */
public record Location(String file, int line, int column) {

    public static final Location NOWHERE = new Location("", 0, 0);

    public Location {
        file = file == null ? "" : file;
    }

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    public static Location of(String file, int line) {
        return new Location(file, line, 0);
    }

    public Location withColumn(int newColumn) {
        return new Location(file, line, newColumn);
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(out.length() > 0 ? ":" : "line ").append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.toString();
    }
}
