package org.eit.rules.detection.feasibility;

import org.eit.rules.knowledge.RowReader;

/** Reading an animal by-product category, 1, 2 or 3. */
final class Categories {
    private Categories() {
    }

    static int read(RowReader row, String column) {
        String text = row.text(column);
        if (text != null && !text.matches("[123]")) {
            row.error("knowledge.bad-category", column);
            return 0;
        }
        return text == null ? 0 : Integer.parseInt(text);
    }
}
