package org.eit.rules.detection;

import com.google.inject.AbstractModule;
import org.eit.rules.detection.feasibility.AbpDefaultTable;
import org.eit.rules.detection.feasibility.AbpUseTable;
import org.eit.rules.detection.feasibility.FeasibilitySettings;
import org.eit.rules.detection.feasibility.FeedRuleTable;
import org.eit.rules.detection.feasibility.OrganicInputTable;
import org.eit.rules.detection.feasibility.SpeciesTable;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.RulePack;

/**
 * The detection stage: the packs of feasibility, reach, substitution and pooling, the pooling themes and the
 * feasibility tables, and the parameters of matching.
 */
public final class DetectionModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.stages(binder()).addBinding().to(DetectionStage.class);
        for (String pack : new String[] {"feasibility/feasibility.drl", "reach/reach.drl",
                "substitution/substitution.drl", "pooling/pooling.drl"}) {
            Extensions.rulePacks(binder()).addBinding().toInstance(RulePack.classpath(DetectionStage.NAME,
                    DetectionStage.class, pack).asTrusted());
        }
        Extensions.tables(binder()).addBinding().toInstance(PoolingThemeTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(AbpUseTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(AbpDefaultTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(FeedRuleTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(OrganicInputTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(SpeciesTable.TABLE);
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.whole(
                DetectionStage.CANDIDATES_PER_FLOW, 5,
                "combien de partenaires compatibles les plus proches chaque flux reçoit, par ressource qui lui convient",
                "how many nearest compatible partners each flow gets, per resource that fits it"));
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.positive(DetectionStage.DETOUR, 1.3,
                "combien la route est plus longue que la ligne droite (1,3 : Ballou et al. 2002)",
                "how much longer the route is than the straight line (1.3: Ballou et al. 2002)"));
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.positive(
                FeasibilitySettings.HEAT_MIN_POWER, 50,
                "puissance de chaleur (kW) en dessous de laquelle un échange par conduite ne se paie pas",
                "heat power (kW) below which an exchange by pipe does not pay"));
        bind(DetectionStage.class);
    }
}
