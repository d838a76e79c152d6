package org.eit.rules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Set;
import org.eit.core.api.EitEngine;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.spi.EngineSettings;
import org.eit.core.spi.TaxonomyRows;
import org.eit.rules.allocation.AllocationModule;
import org.eit.rules.compatibility.CompatibilityModule;
import org.eit.rules.detection.DetectionModule;
import org.eit.rules.gains.GainsModule;
import org.eit.rules.internal.engine.PipelineEngine;
import org.eit.rules.network.NetworkModule;
import org.eit.rules.spi.Extensions;

/**
 * The rule engine: declares the extension points (stages, rule packs, knowledge tables and rows, parameters,
 * taxonomy rows), installs the shipped stages and binds {@link EitEngine}. Plugins add to the extension points from
 * their own modules ({@link Extensions}).
 */
public final class RulesModule extends AbstractModule {
    private final EngineSettings settings;

    /** @param settings whether the user vouches for the rule files the engine will be given, and their timeout */
    public RulesModule(EngineSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(EngineSettings.class).toInstance(settings);
        // Declared here even when empty, so that an engine without any plugin still resolves every set.
        Extensions.stages(binder());
        Extensions.rulePacks(binder());
        Extensions.tables(binder());
        Extensions.knowledgeRows(binder());
        Extensions.parameters(binder());
        Extensions.gainCalculators(binder());
        Extensions.taxonomyRows(binder());
        install(new CompatibilityModule());
        install(new GainsModule());
        install(new DetectionModule());
        install(new AllocationModule());
        install(new NetworkModule());
        bind(PipelineEngine.class).in(Singleton.class);
        bind(EitEngine.class).to(PipelineEngine.class);
    }

    /** The shipped taxonomy with the resources plugins add, in the order of their names. */
    @Provides
    @Singleton
    ResourceTaxonomy taxonomy(Set<TaxonomyRows> rows) {
        return TaxonomyRows.apply(ResourceTaxonomy.shipped(), rows);
    }
}
