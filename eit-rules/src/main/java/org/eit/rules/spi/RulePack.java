package org.eit.rules.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.table.ShippedFiles;

/**
 * DRL files compiled into the rule base of one stage. The pack's name is the last segment of its files' DRL
 * {@code package} (a territory switches it off with {@code packs.NAME: false}); its stage is the stage whose
 * session runs it.
 *
 * @param stage   the {@link Stage#name()} whose session runs these rules
 * @param name    the pack's name, the last segment of its DRL package
 * @param files   the DRL files
 * @param trusted true for rules whose author the user vouches for (eit's own packs); other rules are checked by
 *                safe loading before they run
 */
public record RulePack(String stage, String name, List<SourceFile> files, boolean trusted) {
    public RulePack {
        Objects.requireNonNull(stage, "RulePack.stage");
        Objects.requireNonNull(name, "RulePack.name");
        files = List.copyOf(files);
    }

    /**
     * A pack of DRL files read from the class path next to {@code anchor} (its class loader), named after their
     * package. Untrusted: use {@link #asTrusted()} for rules shipped with eit.
     */
    public static RulePack classpath(String stage, Class<?> anchor, String... resources) {
        List<SourceFile> files = Arrays.stream(resources).map(r -> ShippedFiles.source(anchor, r)).toList();
        List<String> names = files.stream().map(f -> lastSegment(DrlPackage.of(f.content()))).distinct().toList();
        if (names.size() != 1) {
            throw new IllegalArgumentException("the files of one rule pack share one DRL package: " + names);
        }
        return new RulePack(stage, names.get(0), files, false);
    }

    /** The same pack, vouched for: its rules run without safe loading's checks. */
    public RulePack asTrusted() {
        return new RulePack(stage, name, files, true);
    }

    static String lastSegment(String pkg) {
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }
}
