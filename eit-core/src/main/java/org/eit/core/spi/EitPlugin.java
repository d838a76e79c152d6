package org.eit.core.spi;

import com.google.inject.Module;

/**
 * A plugin: a Guice module with a name, that adds stages, rule packs, knowledge tables and rows, taxonomy rows and
 * report writers through the extension points of the modules it extends ({@code org.eit.rules.spi.Extensions}).
 * Plugins are found with {@link java.util.ServiceLoader} (a jar lists its class in
 * {@code META-INF/services/org.eit.core.spi.EitPlugin}) or added in code
 * ({@link org.eit.core.api.EngineBuilder#plugin}); they are sorted by name, and one name counts once.
 *
 * <p>A plugin is code: loading it runs it with the rights of the program. Its rule packs are checked by safe
 * loading unless it marks them trusted.
 */
public interface EitPlugin extends Module {
    /** The plugin's name: lower-case words joined by {@code -}, unique among plugins. */
    String name();
}
