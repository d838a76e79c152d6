package org.eit.rules.detection;

import com.google.inject.AbstractModule;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.RulePack;

/** The detection stage: the substitution and pooling packs, the pooling themes table, the listing parameter. */
public final class DetectionModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.stages(binder()).addBinding().to(DetectionStage.class);
        Extensions.rulePacks(binder()).addBinding().toInstance(RulePack.classpath(DetectionStage.NAME,
                DetectionStage.class, "substitution/substitution.drl").asTrusted());
        Extensions.rulePacks(binder()).addBinding().toInstance(RulePack.classpath(DetectionStage.NAME,
                DetectionStage.class, "pooling/pooling.drl").asTrusted());
        Extensions.tables(binder()).addBinding().toInstance(PoolingThemeTable.TABLE);
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.whole(DetectionStage.MAX_PARTNERS, 5,
                "combien de partenaires les plus proches chaque offre et chaque demande liste (0 : tous)",
                "how many nearest partners each offer and each demand lists (0 lists every candidate pair)"));
        bind(DetectionStage.class);
    }
}
