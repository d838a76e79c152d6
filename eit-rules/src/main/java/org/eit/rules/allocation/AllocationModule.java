package org.eit.rules.allocation;

import com.google.inject.AbstractModule;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ParameterSpec;

/** The allocation stage: offers and needs shared out among the pairs found. */
public final class AllocationModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.stages(binder()).addBinding().to(AllocationStage.class);
        Extensions.tables(binder()).addBinding().toInstance(HierarchyTable.TABLE);
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.whole(
                AllocationStage.ALTERNATIVES_PER_FLOW, 3,
                "nombre d'alternatives que chaque flux liste, les meilleures d'abord (les autres sont comptées)",
                "how many alternatives each flow lists, its best first (the others are counted)"));
        bind(AllocationStage.class);
    }
}
