package org.eit.cli;

/** The terminal the console table is printed to. */
final class Terminal {
    /** Without {@code COLUMNS} (which shells set for their children only when exported), a wide terminal. */
    static final int DEFAULT_WIDTH = 120;

    private Terminal() {
    }

    /** Printed to a file or a pipe, nothing is cut: a spreadsheet or a pager shows long lines whole. */
    static final int UNLIMITED = 1000;

    /**
     * Its width in characters: {@code COLUMNS} when set to a sensible number; without it {@link #DEFAULT_WIDTH} on a
     * terminal and {@link #UNLIMITED} when the output goes to a file or a pipe.
     */
    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns == null && System.console() == null) {
            return UNLIMITED;
        }
        return width(columns);
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
