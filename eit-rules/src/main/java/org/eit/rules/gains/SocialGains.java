package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.List;
import org.eit.core.api.FactorUse;
import org.eit.core.resource.ResourceKind;
import org.eit.core.unit.Dimension;
import org.eit.core.unit.Units;
import org.eit.rules.explain.Amount;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.spi.GainCalculator;

/**
 * The social side: jobs created or kept (FTE), from the actors' declarations ({@code jobs_fte}) when they give them,
 * else from the jobs per kt of the new route against the current one ({@code jobs.csv}) when the offer says where
 * it goes today (gross ratios alone would credit a synergy with jobs that already exist); and the actors involved.
 */
public final class SocialGains implements GainCalculator {
    @Override
    public String name() {
        return "social";
    }

    @Override
    public void value(GainInput in, GainSheet sheet) {
        int actors = in.finding().actors().size();
        sheet.social("actors", Range.of(actors), "actors", String.join(", ", in.finding().actors()), List.of());
        if (!in.isPair()) {
            return;
        }
        FlowFact offer = in.offer();
        FlowFact demand = in.demand();
        double declared = (offer.getJobsFte() == null ? 0 : offer.getJobsFte())
                + (demand.getJobsFte() == null ? 0 : demand.getJobsFte());
        if (offer.getJobsFte() != null || demand.getJobsFte() != null) {
            sheet.social("jobs", Range.of(declared), "FTE", "declared by the actors (jobs_fte)",
                    List.of(new FactorUse("declared", offer.getId() + ", " + demand.getId(), "jobs_fte", null,
                            null)));
            return;
        }
        String route = in.tables().routeOf(in.finding().outlet());
        var ratio = in.tables().jobs(route);
        if (in.offerUsed() == null || ratio.isEmpty() || offer.getResourceKind() != ResourceKind.WASTE
                || Units.require(offer.getUnit()).dimension() != Dimension.MASS) {
            return;
        }
        double perKt = Units.require(offer.getUnit()).convert(1, Units.require(ratio.get().unit()));
        Range kt = in.offerUsed().times(perKt);
        Range jobs = kt.times(ratio.get().value());
        List<FactorUse> uses = new ArrayList<>(List.of(in.uncertaintySource(), ratio.get().use()));
        String formula = GainSheet.plain(kt, ratio.get().unit()) + " x " + Amount.number(ratio.get().value().central())
                + " FTE/" + ratio.get().unit() + " (" + route + ")";
        var current = in.tables().jobs(offer.getCurrentRoute());
        if (current.isEmpty()) {
            sheet.note("jobs-not-valued", "flow", offer.getId());
            return;
        }
        jobs = jobs.minus(kt.times(current.get().value()));
        uses.add(current.get().use());
        formula += " - the same x " + Amount.number(current.get().value().central()) + " FTE/"
                + current.get().unit() + " (" + offer.getCurrentRoute() + ")";
        sheet.social("jobs", jobs, "FTE", formula, uses);
    }
}
