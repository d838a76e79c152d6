package org.eit.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eit.core.api.Eit;
import org.eit.core.spi.EitPlugin;

/**
 * The plugins of one run of the CLI: the jars given with {@code --plugin JAR} (repeatable) and those in the plugins
 * folder ({@code EIT_PLUGIN_DIR}, else {@code ~/.eit/plugins}), loaded without rebuilding eit. A workspace never
 * brings plugins: they are code, and only the user installs them.
 *
 * @param jars    the jars loaded, in order
 * @param plugins the plugins they provide, sorted by name, each name once
 */
record Plugins(List<Path> jars, List<EitPlugin> plugins) {
    static final String FOLDER_VARIABLE = "EIT_PLUGIN_DIR";

    Plugins {
        jars = List.copyOf(jars);
        plugins = List.copyOf(plugins);
    }

    /** The plugins of {@code args} ({@code --plugin JAR}, {@code --plugin=JAR}) and of the plugins folder. */
    static Plugins load(List<String> args) throws PluginException {
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--plugin") && i + 1 < args.size()) {
                jars.add(Path.of(args.get(++i)));
            } else if (arg.startsWith("--plugin=")) {
                jars.add(Path.of(arg.substring("--plugin=".length())));
            }
        }
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new PluginException("error.no-plugin", jar);
            }
        }
        folder().ifPresent(folder -> jars.addAll(jarsIn(folder)));
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new PluginException("error.no-plugin", jar);
            }
        }
        ClassLoader loader = urls.isEmpty() ? Plugins.class.getClassLoader()
                : new URLClassLoader("eit-plugins", urls.toArray(URL[]::new), Plugins.class.getClassLoader());
        try {
            return new Plugins(jars, Eit.engine().discoverPlugins(loader).plugins());
        } catch (java.util.ServiceConfigurationError | LinkageError e) {
            throw new PluginException("error.bad-plugin", String.join(", ", jars.stream().map(Path::toString)
                    .toList()), e.getMessage());
        }
    }

    /** The plugins folder, when it exists. */
    static Optional<Path> folder() {
        String named = System.getenv(FOLDER_VARIABLE);
        Path folder = named != null && !named.isBlank() ? Path.of(named)
                : Path.of(System.getProperty("user.home"), ".eit", "plugins");
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    private static List<Path> jarsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A plugin that cannot be loaded: a usage error, with its message key and arguments. */
    static final class PluginException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        PluginException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        String text(java.util.Locale locale) {
            return Texts.get(locale, key, args);
        }
    }
}
