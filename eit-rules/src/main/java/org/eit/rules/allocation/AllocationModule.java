package org.eit.rules.allocation;

import com.google.inject.AbstractModule;
import org.eit.rules.spi.Extensions;

/** The allocation stage: offers and needs shared out among the pairs found. */
public final class AllocationModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.stages(binder()).addBinding().to(AllocationStage.class);
        Extensions.tables(binder()).addBinding().toInstance(HierarchyTable.TABLE);
        bind(AllocationStage.class);
    }
}
