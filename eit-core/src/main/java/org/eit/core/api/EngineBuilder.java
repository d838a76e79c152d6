package org.eit.core.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.eit.core.spi.EitPlugin;
import org.eit.core.spi.EngineFactory;
import org.eit.core.spi.EngineSettings;

/**
 * Configures an engine: its plugins and whether the rule files it is given are trusted. Get one with
 * {@link Eit#engine()}; not thread-safe, but the engine it builds is.
 */
public final class EngineBuilder {
    private final List<EitPlugin> plugins = new ArrayList<>();
    private final ClassLoader loader;
    private boolean trustRules;
    private Duration ruleTimeout = EngineSettings.DEFAULT_RULE_TIMEOUT;

    EngineBuilder(ClassLoader loader) {
        this.loader = loader;
    }

    /** Adds a plugin given in code. */
    public EngineBuilder plugin(EitPlugin plugin) {
        plugins.add(plugin);
        return this;
    }

    /** Adds the plugins {@code loader} lists in {@code META-INF/services/org.eit.core.spi.EitPlugin}. */
    public EngineBuilder discoverPlugins(ClassLoader pluginLoader) {
        ServiceLoader.load(EitPlugin.class, pluginLoader).forEach(plugins::add);
        return this;
    }

    /**
     * Whether the caller vouches for the territories' rule files: false (the default) checks them with safe loading
     * before they run, so that a rule received by e-mail cannot run a process, touch files or the network.
     */
    public EngineBuilder trustRules(boolean trusted) {
        this.trustRules = trusted;
        return this;
    }

    /**
     * How long one firing of a rule nobody vouched for may run (10 s by default): a rule that does not return in
     * time ends the analysis with an error that names it, and the analysing thread is free again.
     */
    public EngineBuilder ruleTimeout(Duration timeout) {
        this.ruleTimeout = timeout;
        return this;
    }

    /** The plugins in the order the engine installs them: sorted by name, each name once (the first found). */
    public List<EitPlugin> plugins() {
        Map<String, EitPlugin> byName = new LinkedHashMap<>();
        for (EitPlugin plugin : plugins) {
            byName.putIfAbsent(plugin.name(), plugin);
        }
        return byName.values().stream().sorted(Comparator.comparing(EitPlugin::name)).toList();
    }

    /**
     * The engine. An {@link IllegalStateException} when no implementation is on the class path (add the
     * {@code org.eit:eit-rules} artifact, at runtime scope).
     */
    public EitEngine build() {
        EngineFactory factory = ServiceLoader.load(EngineFactory.class, loader).findFirst()
                .orElseThrow(() -> new IllegalStateException("no eit engine on the class path: add the "
                        + "org.eit:eit-rules artifact (runtime scope is enough)"));
        return factory.create(plugins(), new EngineSettings(trustRules, ruleTimeout));
    }
}
