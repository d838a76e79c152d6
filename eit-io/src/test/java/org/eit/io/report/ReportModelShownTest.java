package org.eit.io.report;

import java.util.ArrayList;
import java.util.List;
import org.eit.core.api.Gains;
import org.eit.core.api.Synergy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A region's report details the synergies of the largest net gain, in the diagnostic's order, and says so. */
class ReportModelShownTest {
    private static Synergy copy(Synergy s, String id, Gains gains) {
        return new Synergy(id, s.kind(), s.rules(), s.relation(), s.actors(), s.flows(), s.resource(),
                s.demandedResource(), s.quantity(), s.unit(), s.period(), s.quantityBasis(), s.distanceKm(),
                s.chertowType(), s.confidence(), s.explanation(), s.preparation(), s.source(), s.internal(),
                s.existing(), s.reachCriterion(), s.reach(), s.conditions(), s.allocation(), gains);
    }

    @Test
    void upToTheLimitEverySynergyIsDetailed() {
        List<Synergy> few = List.of(ReportFixtures.substitution(), ReportFixtures.pooling());
        assertThat(ReportModel.shown(few)).isSameAs(few);
    }

    @Test
    void beyondItTheLargestNetGainsAreKeptInTheirOrder() {
        Synergy valued = ReportFixtures.substitution();
        assertThat(valued.gains().find("net")).isPresent();
        List<Synergy> many = new ArrayList<>();
        for (int i = 0; i < ReportModel.DETAILED + 50; i++) {
            // Every fifth has no gains at all: those go first when the list is cut.
            many.add(copy(valued, String.format("S-%04d", i), i % 5 == 0 ? Gains.NONE : valued.gains()));
        }
        List<Synergy> shown = ReportModel.shown(many);
        assertThat(shown).hasSize(ReportModel.DETAILED);
        assertThat(shown).isSubsetOf(many);
        assertThat(shown.stream().map(Synergy::id).toList()).isSorted();
        // 280 have a net gain and all are kept; the 20 left are the unvalued ones of the smallest ids.
        assertThat(shown.stream().filter(s -> s.gains().find("net").isPresent())).hasSize(280);
        assertThat(shown.stream().filter(s -> s.gains().find("net").isEmpty()).map(Synergy::id).toList())
                .endsWith("S-0095").startsWith("S-0000");
    }

    @Test
    void theConsoleTableShowsTheLargestNetGainsAndSaysHowManyMoreThereAre() {
        Synergy valued = ReportFixtures.substitution();
        List<Synergy> many = new ArrayList<>();
        for (int i = 0; i < SummaryTable.SHOWN + 40; i++) {
            many.add(copy(valued, String.format("S-%04d", i), i % 5 == 0 ? Gains.NONE : valued.gains()));
        }
        org.eit.core.api.Diagnostic d = ReportFixtures.diagnostic();
        org.eit.core.api.Diagnostic large = new org.eit.core.api.Diagnostic(d.territory(), many, d.alternatives(),
                d.internal(), d.refused(), d.flows(), d.network(), d.rulePacks(), d.warnings(), d.partnersBeyond(),
                d.alternativesNotListed(), d.toClassify(), d.gains(), d.approach(), d.indicators(), d.afom(),
                d.actions(), d.governance(), d.opportunity());
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            String table = SummaryTable.render(ReportFixtures.territory(),
                    org.eit.core.resource.ResourceTaxonomy.shipped(), large, null, locale, 200);
            assertThat(table.lines().filter(line -> line.startsWith("S-"))).hasSize(SummaryTable.SHOWN);
            // 112 have the same net gain: the 100 of the smallest ids are shown; none of those without a gain.
            assertThat(table).contains("S-0001", "S-0124").doesNotContain("S-0000", "S-0126", "S-0139");
            assertThat(table).contains(locale == java.util.Locale.FRENCH ? "40 autres synergies" : "40 more synergies");
        }
    }

    @Test
    void aRegionsInternalLoopsAreCutTheSameWayAndTheReportSaysSo() {
        Synergy valued = ReportFixtures.substitution();
        List<Synergy> loops = new ArrayList<>();
        for (int i = 0; i < ReportModel.DETAILED + 10; i++) {
            Synergy s = copy(valued, String.format("I-%04d", i), valued.gains());
            loops.add(new Synergy(s.id(), s.kind(), s.rules(), s.relation(), List.of(s.actors().get(0)), s.flows(),
                    s.resource(), s.demandedResource(), s.quantity(), s.unit(), s.period(), s.quantityBasis(), 0.0,
                    s.chertowType(), s.confidence(), s.explanation(), s.preparation(), s.source(), true, false,
                    s.reachCriterion(), s.reach(), s.conditions(), s.allocation(), s.gains()));
        }
        org.eit.core.api.Diagnostic d = ReportFixtures.diagnostic();
        org.eit.core.api.Diagnostic large = new org.eit.core.api.Diagnostic(d.territory(), d.synergies(),
                d.alternatives(), loops, d.refused(), d.flows(), d.network(), d.rulePacks(), d.warnings(),
                d.partnersBeyond(), d.alternativesNotListed(), d.toClassify(), d.gains(), d.approach(),
                d.indicators(), d.afom(), d.actions(), d.governance(), d.opportunity());
        ReportInputs inputs = new ReportInputs(ReportFixtures.territory(),
                org.eit.core.resource.ResourceTaxonomy.shipped(), large, null, List.of(), java.util.Locale.ENGLISH,
                false);
        String html = TemplateReports.html(inputs);
        assertThat(html).contains("details the 300 internal loops of the largest central net gain out of 310");
        assertThat(html).contains("I-0299").doesNotContain("I-0300");
        assertThat(TemplateReports.markdown(inputs)).contains("300 internal loops").doesNotContain("I-0309");
    }
}
