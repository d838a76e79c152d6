package org.eit.core.internal.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;

class LikelyTakersTest {
    private static final ResourceTaxonomy TAXONOMY = ResourceTaxonomy.shipped();
    private static final ActivityProfiles SHIPPED = ActivityProfiles.shipped(TAXONOMY, new Problems());

    private static Territory park() {
        return Territory.builder("Parc")
                .actor(Actor.builder("power", "Centrale", ActorKind.COMPANY).activity("35.11Z").location(46.50, 3.30)
                        .build())
                .actor(Actor.builder("cement", "Cimenterie", ActorKind.COMPANY).activity("23.51Z")
                        .location(46.52, 3.31).build())
                .actor(Actor.builder("brewery", "Brasserie", ActorKind.COMPANY).activity("11.05Z")
                        .location(46.51, 3.29).build())
                .actor(Actor.builder("biogas", "Méthaniseur", ActorKind.FARM).activity("35.21Z")
                        .location(46.60, 3.40).build())
                .actor(Actor.builder("office", "Bureau", ActorKind.COMPANY).activity("70.22Z").location(46.50, 3.31)
                        .build())
                .actor(Actor.builder("garage", "Garage", ActorKind.COMPANY).activity("45.20A").build())
                .flow(Flow.offer("ash", "power", "fly-ash").perYear(5000, "t").build())
                .flow(Flow.offer("grain", "brewery", "spent-grain").perYear(250, "t").build())
                .flow(Flow.offer("tyres", "garage", "end-of-life-tyres").perYear(12, "t").build())
                .build();
    }

    @Test
    void aCementWorksTakesAshesAndTyresAndABiogasPlantOrganicResidues() {
        List<LikelyTakers.Proposal> proposals = LikelyTakers.propose(park(), SHIPPED, TAXONOMY);
        assertThat(proposals).extracting(p -> p.offer() + "->" + p.taker()).containsExactly(
                "ash->cement", "grain->biogas", "tyres->cement");
        LikelyTakers.Proposal ash = proposals.get(0);
        assertThat(ash.activity()).isEqualTo("23.51");
        assertThat(ash.demanded()).isEqualTo("fly-ash");
        assertThat(ash.distanceKm()).isEqualTo(2.4);
        assertThat(ash.hasDemand()).isFalse();
        assertThat(ash.source()).contains("Cement, Lime and Magnesium Oxide");
        LikelyTakers.Proposal grain = proposals.get(1);
        assertThat(grain.demanded()).isEqualTo("food-by-products");
        // the garage has no position: the distance is unknown, the proposal stays
        assertThat(proposals.get(2).distanceKm()).isNull();
    }

    @Test
    void anActorThatDeclaresTheDemandIsNotProposedAndTheOfferSaysItHasADemand() {
        Territory park = park();
        List<Flow> flows = new java.util.ArrayList<>(park.flows());
        flows.add(Flow.demand("raw", "cement", "fly-ash").perYear(3000, "t").build());
        Territory declared = new Territory(park.name(), park.language(), park.currency(), park.parameters(),
                park.actors(), flows);
        List<LikelyTakers.Proposal> proposals = LikelyTakers.propose(declared, SHIPPED, TAXONOMY);
        assertThat(proposals).extracting(p -> p.offer() + "->" + p.taker()).containsExactly(
                "grain->biogas", "tyres->cement");
        assertThat(LikelyTakers.propose(declared, SHIPPED, TAXONOMY, 0)).isEmpty();
    }

    @Test
    void estimatedDemandsDoNotHideTheLikelyTakers() {
        Territory estimated = Estimation.estimate(park(), SHIPPED, TAXONOMY);
        List<LikelyTakers.Proposal> proposals = LikelyTakers.propose(estimated, SHIPPED, TAXONOMY);
        assertThat(proposals).extracting(p -> p.offer() + "->" + p.taker()).contains("ash->cement",
                "grain->biogas", "tyres->cement");
        // estimated offers get takers too: the power station's estimated FGD gypsum goes to the cement works
        assertThat(proposals).extracting(p -> p.offer() + "->" + p.taker())
                .contains("E-power-fgd-gypsum-o->cement");
    }
}
