package org.eit.rules.internal.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule modules kept across runs, so that the command line does not compile the shipped packs again on
 * every analysis: one file per module, named by the digest of everything that made it (the rule files, the
 * Drools and Java versions), in {@code ${XDG_CACHE_HOME:-~/.cache}/eit/rules}. Written to a temporary file and
 * moved into place, so that a reader sees a whole entry or none; any entry that cannot be read back is the
 * compiler's to ignore and replace. The system property {@code eit.rules.cache} names another folder, or
 * {@code off} to keep nothing. Only {@link RuleCompiler} uses it, and only for rules that need no checking and
 * compiled without a message. Thread-safe.
 */
final class ModuleCache {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleCache.class);
    static final String PROPERTY = "eit.rules.cache";

    private final Path folder;

    ModuleCache(Path folder) {
        this.folder = folder;
    }

    /** The cache the system property or the environment names; an empty folder of none for {@code off}. */
    static ModuleCache fromEnvironment() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new ModuleCache(property.trim().equalsIgnoreCase("off") ? null : Path.of(property.trim()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base;
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else {
            String home = System.getProperty("user.home");
            if (home == null || home.isBlank() || home.equals("?")) {
                return new ModuleCache(null);
            }
            base = Path.of(home, ".cache");
        }
        return new ModuleCache(base.resolve("eit").resolve("rules"));
    }

    boolean enabled() {
        return folder != null;
    }

    Path entry(String key) {
        return folder.resolve(key + ".packages");
    }

    /** The bytes kept under {@code key}, if any could be read. */
    Optional<byte[]> read(String key) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = entry(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule cache: cannot read {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps {@code bytes} under {@code key}; a folder that cannot be written only costs the next run a compile. */
    void write(String key, byte[] bytes) {
        if (folder == null) {
            return;
        }
        Path file = entry(key);
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, key.substring(0, 16) + ".", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule cache: cannot write {}: {}", file, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.debug("rule cache: cannot delete {}", temporary);
                }
            }
        }
    }

    /** Forgets the entry under {@code key}: it could not be loaded. */
    void discard(String key) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(entry(key));
        } catch (IOException | RuntimeException e) {
            LOG.debug("rule cache: cannot delete {}: {}", entry(key), e.toString());
        }
    }
}
