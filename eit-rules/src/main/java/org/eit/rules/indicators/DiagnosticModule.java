package org.eit.rules.indicators;

import com.google.inject.AbstractModule;
import org.eit.rules.actions.ActionsStage;
import org.eit.rules.actions.PriorityTable;
import org.eit.rules.afom.AfomStage;
import org.eit.rules.afom.ThresholdTable;
import org.eit.rules.governance.GovernanceStage;
import org.eit.rules.governance.PartnerTable;
import org.eit.rules.opportunity.OpportunityStage;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.RulePack;

/**
 * The territorial diagnostic's stages: indicators, AFOM, action programme, governance and opportunity note, their
 * rule packs, tables and parameters.
 */
public final class DiagnosticModule extends AbstractModule {
    @Override
    protected void configure() {
        var stages = Extensions.stages(binder());
        stages.addBinding().to(IndicatorsStage.class);
        stages.addBinding().to(AfomStage.class);
        stages.addBinding().to(ActionsStage.class);
        stages.addBinding().to(GovernanceStage.class);
        stages.addBinding().to(OpportunityStage.class);
        var packs = Extensions.rulePacks(binder());
        packs.addBinding().toInstance(RulePack.classpath(IndicatorsStage.NAME, IndicatorsStage.class,
                "indicators.drl").asTrusted());
        packs.addBinding().toInstance(RulePack.classpath(AfomStage.NAME, AfomStage.class, "afom.drl").asTrusted());
        packs.addBinding().toInstance(RulePack.classpath(ActionsStage.NAME, ActionsStage.class, "actions.drl")
                .asTrusted());
        packs.addBinding().toInstance(RulePack.classpath(GovernanceStage.NAME, GovernanceStage.class,
                "governance.drl").asTrusted());
        Extensions.tables(binder()).addBinding().toInstance(ThresholdTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(PriorityTable.TABLE);
        Extensions.tables(binder()).addBinding().toInstance(PartnerTable.TABLE);
        var parameters = Extensions.parameters(binder());
        parameters.addBinding().toInstance(ParameterSpec.positive("actions.gain-high", 20000,
                "gain net annuel à partir duquel une action a des gains élevés, en devise du territoire",
                "yearly net gain from which an action's gains are high, in the territory's currency"));
        parameters.addBinding().toInstance(ParameterSpec.positive("actions.gain-medium", 5000,
                "gain net annuel à partir duquel une action a des gains moyens, en devise du territoire",
                "yearly net gain from which an action's gains are medium, in the territory's currency"));
        parameters.addBinding().toInstance(ParameterSpec.positive("opportunity.realisation-pct", 25,
                "part des synergies potentielles qui se concrétisent d'ordinaire, en % (note d'opportunité)",
                "share of the potential synergies that usually come true, in % (opportunity note)"));
        parameters.addBinding().toInstance(ParameterSpec.whole("opportunity.top-actions", 5,
                "nombre d'actions citées dans la note d'opportunité", "number of actions the opportunity note names"));
        bind(IndicatorsStage.class);
        bind(AfomStage.class);
        bind(ActionsStage.class);
        bind(GovernanceStage.class);
        bind(OpportunityStage.class);
    }
}
