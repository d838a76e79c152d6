package org.eit.rules.gains;

import com.google.inject.AbstractModule;
import java.util.List;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ParameterSpec;

/**
 * The gains stage, its calculators and parameters, and the tables of prices, transport and pipe costs, emission
 * factors, jobs, pooling savings, disposal routes and preparation costs (reach judges by the first three too).
 */
public final class GainsModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.stages(binder()).addBinding().to(GainsStage.class);
        for (KnowledgeTable<?> table : List.of(PriceTable.TABLE, TransportTable.TABLE, PipeTable.TABLE,
                EmissionFactorTable.TABLE, JobRatioTable.TABLE, PoolingSavingTable.TABLE, DisposalRouteTable.TABLE,
                OutletRouteTable.TABLE, PreparationCostTable.TABLE)) {
            Extensions.tables(binder()).addBinding().toInstance(table);
        }
        Extensions.gainCalculators(binder()).addBinding().to(SubstitutionEconomics.class);
        Extensions.gainCalculators(binder()).addBinding().to(PoolingEconomics.class);
        Extensions.gainCalculators(binder()).addBinding().to(EnvironmentalGains.class);
        Extensions.gainCalculators(binder()).addBinding().to(SocialGains.class);
        var parameters = Extensions.parameters(binder());
        parameters.addBinding().toInstance(ParameterSpec.positive(SubstitutionEconomics.TRANSACTION, 1000,
                "coût de transaction annuel d'une synergie (contrat, suivi), en devise du territoire",
                "yearly transaction cost of a synergy (contract, follow-up), in the territory's currency"));
        parameters.addBinding().toInstance(ParameterSpec.positive(SubstitutionEconomics.PIPE_LIFE, 30,
                "durée de vie d'une conduite, en années, quand pipes.csv n'en donne pas",
                "life of a pipe, in years, when pipes.csv gives none"));
        parameters.addBinding().toInstance(ParameterSpec.positive(SubstitutionEconomics.DISCOUNT_RATE, 4.5,
                "taux d'actualisation, en % (rapport Quinet 2013 : 4,5 %)",
                "discount rate, in % (Quinet report 2013: 4.5 %)"));
        parameters.addBinding().toInstance(ParameterSpec.positive(GainsStage.UNCERTAINTY + "high", 5,
                "incertitude des quantités mesurées, en % de part et d'autre",
                "uncertainty of measured quantities, in % either way"));
        parameters.addBinding().toInstance(ParameterSpec.positive(GainsStage.UNCERTAINTY + "medium", 15,
                "incertitude des quantités déclarées, en % de part et d'autre",
                "uncertainty of declared quantities, in % either way"));
        parameters.addBinding().toInstance(ParameterSpec.positive(GainsStage.UNCERTAINTY + "low", 40,
                "incertitude des quantités estimées, en % de part et d'autre",
                "uncertainty of estimated quantities, in % either way"));
        parameters.addBinding().toInstance(ParameterSpec.positive(ApproachParameters.STUDY_FTE, 0.5,
                "ETP de l'étude de préfiguration", "FTE of the preliminary study"));
        parameters.addBinding().toInstance(ParameterSpec.whole(ApproachParameters.STUDY_MONTHS, 8,
                "durée de l'étude, en mois", "length of the study, in months"));
        parameters.addBinding().toInstance(ParameterSpec.text(ApproachParameters.STUDY_FUNDING, "Région",
                "qui finance l'étude", "who funds the study"));
        parameters.addBinding().toInstance(ParameterSpec.positive(ApproachParameters.FACILITATION_FTE, 1,
                "ETP de l'animation", "FTE of the facilitation"));
        parameters.addBinding().toInstance(ParameterSpec.whole(ApproachParameters.FACILITATION_YEARS, 3,
                "durée de l'animation, en années", "length of the facilitation, in years"));
        parameters.addBinding().toInstance(ParameterSpec.text(ApproachParameters.FACILITATION_FUNDING,
                "ADEME, Région", "qui finance l'animation", "who funds the facilitation"));
        parameters.addBinding().toInstance(ParameterSpec.positive(ApproachParameters.FTE_COST, 50000,
                "coût annuel chargé d'un ETP, en devise du territoire", "loaded yearly cost of an FTE, in the "
                        + "territory's currency"));
        bind(GainsStage.class);
    }
}
