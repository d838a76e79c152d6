package org.eit.core.internal.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;

class EstimationTest {
    private static final ResourceTaxonomy TAXONOMY = ResourceTaxonomy.shipped();
    private static final ActivityProfiles SHIPPED = ActivityProfiles.shipped(TAXONOMY, new Problems());

    private static Map<String, Flow> byId(Territory territory) {
        Map<String, Flow> flows = new java.util.LinkedHashMap<>();
        territory.flows().forEach(f -> flows.put(f.id(), f));
        return flows;
    }

    @Test
    void aDairyGetsTheLikelyFlowsOfItsActivityMarkedEstimatedWithLowConfidence() {
        Territory territory = Territory.builder("Val")
                .actor(Actor.builder("D", "Laiterie", ActorKind.COMPANY).activity("10.51C").employees(35).build())
                .build();
        Estimation.Result result = Estimation.run(territory, SHIPPED, TAXONOMY);
        Map<String, Flow> flows = byId(result.territory());
        assertThat(flows.keySet()).containsExactly("E-D-whey-o", "E-D-dairy-by-products-o",
                "E-D-industrial-organic-sludge-o", "E-D-warm-wastewater-o", "E-D-heat-low-temperature-o",
                "E-D-milk-d", "E-D-steam-d", "E-D-cold-d");
        Flow whey = flows.get("E-D-whey-o");
        assertThat(whey.isOffer()).isTrue();
        assertThat(whey.source()).isEqualTo(DataSource.ESTIMATED);
        assertThat(whey.effectiveConfidence()).isEqualTo(Confidence.LOW);
        assertThat(whey.quantity()).isNull();
        assertThat(whey.notes()).startsWith("estimated from activity profile 10.51 (EU BREF Food, Drink and Milk");
        assertThat(result.profiled()).containsEntry("D", "10.51");
        assertThat(result.estimated()).hasSize(8);
    }

    @Test
    void aRatioPerEmployeeSizesTheFlowWhenTheHeadcountIsKnown() {
        Territory territory = Territory.builder("Val")
                .actor(Actor.builder("B", "Bureau d'études", ActorKind.COMPANY).activity("71.12B").employees(20)
                        .build())
                .actor(Actor.builder("S", "Cabinet seul", ActorKind.COMPANY).activity("70.22Z").employees(0).build())
                .build();
        Map<String, Flow> flows = byId(Estimation.estimate(territory, SHIPPED, TAXONOMY));
        Flow paper = flows.get("E-B-office-paper-o");
        assertThat(paper.quantity().value()).isEqualTo(1.56);
        assertThat(paper.quantity().unit().symbol()).isEqualTo("t");
        assertThat(paper.notes()).contains("0.078 t per employee and year", "ADEME");
        assertThat(flows.get("E-S-office-paper-o").quantity()).isNull();
    }

    @Test
    void aDeclaredFlowIsNeverOverwrittenNorDuplicated() {
        Territory territory = Territory.builder("Val")
                .actor(Actor.builder("D", "Laiterie", ActorKind.COMPANY).activity("10.51C").employees(35).build())
                .actor(Actor.builder("X", "Sans code", ActorKind.COMPANY).build())
                .actor(Actor.builder("Y", "Sans profil", ActorKind.COMPANY).activity("99.00Z").build())
                .flow(Flow.offer("F1", "D", "whey").perYear(2500, "m3").build())
                .flow(Flow.offer("F2", "D", "sludge").perYear(300, "t").build())
                .flow(Flow.demand("E-D-steam-d", "D", "electricity").perYear(900, "MWh").build())
                .build();
        Estimation.Result result = Estimation.run(territory, SHIPPED, TAXONOMY);
        Map<String, Flow> flows = byId(result.territory());
        assertThat(flows.get("F1").quantity().value()).isEqualTo(2500);
        assertThat(flows.get("F1").source()).isEqualTo(DataSource.DECLARED);
        assertThat(flows).doesNotContainKeys("E-D-whey-o", "E-D-industrial-organic-sludge-o");
        // an id already taken gets a suffix rather than replacing the declared flow
        assertThat(flows.get("E-D-steam-d").resourceId()).isEqualTo("electricity");
        assertThat(flows.get("E-D-steam-d-2").resourceId()).isEqualTo("steam");
        assertThat(result.declared().get("D")).containsExactly("10.51|offer|whey",
                "10.51|offer|industrial-organic-sludge");
        assertThat(result.unprofiled()).containsOnly(Map.entry("Y", "99.00Z"));
        assertThat(result.territory().flows()).filteredOn(f -> f.actorId().equals("X")).isEmpty();
        // the same input gives the same flows
        assertThat(Estimation.run(territory, SHIPPED, TAXONOMY).territory()).isEqualTo(result.territory());
    }

    @Test
    void theEstimationsParametersNeverReachTheEngine() {
        Territory territory = Territory.builder("Val").parameter(Estimation.ENABLED, "true")
                .parameter("transport.modes", "truck").build();
        assertThat(Estimation.enabled(territory.parameters())).isTrue();
        assertThat(Estimation.withoutParameters(territory).parameters()).containsOnlyKeys("transport.modes");
        assertThat(Estimation.enabled(Map.of(Estimation.ENABLED, "non"))).isFalse();
        assertThat(Estimation.round(1234.567)).isEqualTo(1230);
        assertThat(Estimation.round(0.0123456)).isEqualTo(0.0123);
        assertThat(List.of(Estimation.round(0))).containsExactly(0.0);
    }
}
