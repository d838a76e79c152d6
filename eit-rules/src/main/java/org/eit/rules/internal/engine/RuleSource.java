package org.eit.rules.internal.engine;

import java.util.Objects;
import org.eit.core.api.SourceFile;

/**
 * A rule file on its way into a stage's rule base: the file, the stage and pack its package names, and whether
 * its author is trusted (eit's own packs) or its rules must pass safe loading's checks.
 */
record RuleSource(SourceFile file, String stage, String pack, boolean trusted) {
    RuleSource {
        Objects.requireNonNull(file, "RuleSource.file");
        Objects.requireNonNull(stage, "RuleSource.stage");
        Objects.requireNonNull(pack, "RuleSource.pack");
    }
}
