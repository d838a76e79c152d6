package org.eit.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.table.ShippedFiles;

/**
 * A set of rule files compiled into every analysis: the shipped packs (substitution, pooling, network) or a
 * plugin's. A rule's pack, for switching it off ({@code packs.NAME: false}), is the last segment of its DRL
 * package.
 */
public record RulePack(String name, List<SourceFile> files) {
    public RulePack {
        Objects.requireNonNull(name, "RulePack.name");
        files = List.copyOf(files);
    }

    /** A pack of DRL files read from the classpath, next to {@code anchor}'s class loader. */
    public static RulePack fromClasspath(String name, Class<?> anchor, String... resources) {
        return new RulePack(name, java.util.Arrays.stream(resources).map(r -> read(anchor, r)).toList());
    }

    private static SourceFile read(Class<?> anchor, String resource) {
        return new SourceFile(resource.startsWith("/") ? resource.substring(1) : resource,
                new String(ShippedFiles.bytes(anchor, resource), StandardCharsets.UTF_8));
    }
}
