package org.eit.cli;

/** The terminal the console table is printed to. */
final class Terminal {
    /** Without {@code COLUMNS} (which shells set for their children only when exported), a wide terminal. */
    static final int DEFAULT_WIDTH = 120;

    private Terminal() {
    }

    /** Its width in characters: {@code COLUMNS} when set to a sensible number, else {@link #DEFAULT_WIDTH}. */
    static int width() {
        return width(System.getenv("COLUMNS"));
    }

    static int width(String columns) {
        try {
            int width = columns == null ? 0 : Integer.parseInt(columns.trim());
            return width >= 40 && width <= 1000 ? width : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
