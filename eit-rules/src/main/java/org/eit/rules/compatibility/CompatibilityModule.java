package org.eit.rules.compatibility;

import com.google.inject.AbstractModule;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.RulePack;

/** The compatibility stage: its rules, its two tables and the transport modes parameter. */
public final class CompatibilityModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.stages(binder()).addBinding().to(CompatibilityStage.class);
        Extensions.rulePacks(binder()).addBinding().toInstance(
                RulePack.classpath(CompatibilityStage.NAME, CompatibilityStage.class, "compatibility.drl").asTrusted());
        Extensions.tables(binder()).addBinding().toInstance(SubstitutionTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(ReachTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(ReachCriterionTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(OutletTable.TABLE);
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.words(CompatibilityStage.MODES,
                java.util.List.of("pipe", "truck", "local"), ReachTable.MODES,
                "les modes de transport possibles sur le territoire, parmi pipe, truck, ship et local",
                "the transport modes the territory can use, among pipe, truck, ship and local"));
        bind(CompatibilityStage.class);
    }
}
