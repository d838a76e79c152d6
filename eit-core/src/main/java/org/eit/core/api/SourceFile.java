package org.eit.core.api;

import java.util.Objects;

/**
 * A text file handed to the engine: a user's rule file or knowledge table, with the name problems should show
 * ({@code rules/extra.drl}, {@code knowledge/substitutions.csv}). Reading files is the caller's business, so that an
 * embedding application can pass rules from a database as well as from disk.
 */
public record SourceFile(String name, String content) {
    public SourceFile {
        Objects.requireNonNull(name, "SourceFile.name");
        Objects.requireNonNull(content, "SourceFile.content");
    }

    /** The file name without folders: {@code substitutions.csv} for {@code knowledge/substitutions.csv}. */
    public String baseName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
