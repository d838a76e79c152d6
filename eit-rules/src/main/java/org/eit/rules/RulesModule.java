package org.eit.rules;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.eit.core.api.EitEngine;
import org.eit.rules.engine.DroolsEngine;
import org.eit.rules.engine.RulePack;
import org.eit.rules.engine.ShippedPacks;

/**
 * The rule engine. Rule packs are an extension point: a plugin adds its own with
 * {@code Multibinder.newSetBinder(binder(), RulePack.class).addBinding().toInstance(...)}.
 */
public final class RulesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<RulePack> packs = Multibinder.newSetBinder(binder(), RulePack.class);
        for (RulePack pack : ShippedPacks.all()) {
            packs.addBinding().toInstance(pack);
        }
        bind(DroolsEngine.class).in(Singleton.class);
        bind(EitEngine.class).to(DroolsEngine.class);
    }
}
