package org.eit.rules;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.List;
import org.eit.core.api.EitEngine;
import org.eit.core.spi.EitPlugin;
import org.eit.core.spi.EngineFactory;
import org.eit.core.spi.EngineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on Drools, wired by Guice the way Airlift does it: one injector in production stage with explicit
 * bindings only and no circular proxies, the rule module and the plugins. Found by {@link java.util.ServiceLoader}
 * from {@link org.eit.core.api.Eit#engine()}.
 */
public final class DroolsEngineFactory implements EngineFactory {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngineFactory.class);

    @Override
    public EitEngine create(List<EitPlugin> plugins, EngineSettings settings) {
        return injector(plugins, settings).getInstance(EitEngine.class);
    }

    /** The injector of an engine; the CLI adds its own modules to the same list. */
    public static Injector injector(List<EitPlugin> plugins, EngineSettings settings, Module... more) {
        List<Module> modules = new ArrayList<>();
        modules.add(binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
        });
        modules.add(new RulesModule(settings));
        for (EitPlugin plugin : plugins) {
            LOG.info("plugin {} ({})", plugin.name(), plugin.getClass().getName());
            modules.add(plugin);
        }
        modules.addAll(List.of(more));
        return Guice.createInjector(Stage.PRODUCTION, modules);
    }
}
