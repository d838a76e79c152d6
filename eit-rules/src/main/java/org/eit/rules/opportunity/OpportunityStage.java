package org.eit.rules.opportunity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eit.core.api.Action;
import org.eit.core.api.ApproachCost;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Governance;
import org.eit.core.api.Indicator;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.OpportunityNote;
import org.eit.rules.explain.Phrase;
import org.eit.rules.explain.PhraseBook;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.ObservationFact;
import org.eit.rules.gains.GainSheet;
import org.eit.rules.gains.GainsStage;
import org.eit.rules.indicators.IndicatorsStage;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

import static org.eit.rules.explain.Amount.rounded;

/**
 * The opportunity note: one page saying whether an EIT approach is worth it here. The approach is worth it when the
 * low net gain of the synergies that usually come true ({@code opportunity.realisation-pct} of them) over the years
 * of facilitation covers what the study and the facilitation cost. Its sentences are in {@code Phrases}.
 * Publishes {@link Results#OPPORTUNITY}.
 */
public final class OpportunityStage implements Stage {
    public static final String NAME = "opportunity";
    static final String REALISATION = "opportunity.realisation-pct";
    static final String TOP_ACTIONS = "opportunity.top-actions";
    static final PhraseBook PHRASES = PhraseBook.of(OpportunityStage.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void run(StageContext context) {
        ApproachCost cost = context.find(GainsStage.APPROACH).orElse(null);
        Gains totals = context.find(GainsStage.TOTALS).orElse(Gains.NONE);
        GainFigure net = totals.find(GainSheet.NET).orElse(null);
        if (cost == null) {
            return;
        }
        String currency = context.territory().currency();
        List<Action> actions = context.find(Results.ACTIONS).orElse(List.of());
        Governance governance = context.find(Results.GOVERNANCE).orElse(null);
        Map<String, Indicator> indicators = new java.util.HashMap<>();
        context.find(Results.INDICATORS).orElse(List.of()).forEach(i -> indicators.put(i.id(), i));
        double realisation = context.parameters().number(REALISATION);
        int years = cost.facilitationYears();
        double low = net == null ? 0 : net.low();
        double realised = low * realisation / 100 * years;
        boolean worthIt = realised >= cost.total().central();

        List<Action> top = actions.stream().filter(a -> !a.synergies().isEmpty()).limit(
                context.parameters().whole(TOP_ACTIONS)).toList();
        Set<String> volunteers = new LinkedHashSet<>();
        for (ObservationFact o : IndicatorsStage.observations(context)) {
            if (o.actor() != null && (o.tagged("volunteer") || o.tagged("motivated"))) {
                volunteers.add(o.actor());
            }
        }
        top.stream().filter(a -> a.priority() == 1 && a.lead() != null).forEach(a -> volunteers.add(a.lead()));
        List<Phrase> paragraphs = new ArrayList<>();
        int synergies = (int) value(indicators, "synergies.substitution") + (int) value(indicators,
                "synergies.pooling");
        if (net != null) {
            paragraphs.add(PHRASES.phrase("paragraph.gains", "count", synergies, "low", rounded(net.low()),
                    "central", rounded(net.central()), "high", rounded(net.high()), "unit", currency, "ghg",
                    rounded(figure(totals, "ghg-avoided")), "diverted", rounded(figure(totals, "diverted"))));
        } else {
            paragraphs.add(PHRASES.phrase("paragraph.no-gains", "count", synergies));
        }
        paragraphs.add(PHRASES.phrase("paragraph.cost", "total", rounded(cost.total().central()), "unit", currency,
                "years", years, "study", rounded(cost.study().central()), "facilitation",
                rounded(cost.facilitationPerYear().central()), "funding", cost.facilitationFunding(), "realisation",
                realisation, "realised", rounded(realised)));
        // The first actions are the note's own list (topActions), not repeated in its text.
        if (governance != null) {
            paragraphs.add(PHRASES.phrase("paragraph.governance", "recommendation", governance.recommendation()));
        }
        paragraphs.add(PHRASES.phrase("paragraph.caveat", "declared", value(indicators, "flows.declared-share")));

        List<Phrase> next = new ArrayList<>();
        next.add(PHRASES.phrase("next.committee"));
        if (!volunteers.isEmpty()) {
            Map<String, org.eit.core.model.Actor> byId = context.territory().actorsById();
            String names = String.join(", ", volunteers.stream().map(id -> byId.get(id).name()).toList());
            next.add(PHRASES.phrase("next.volunteers", "names", new LocalizedText(names, names)));
        }
        Indicator coverage = indicators.get("flows.declared-share");
        // A second wave while coverage stays under what the AFOM table calls good coverage (coverage-good).
        double good = context.knowledge().rows(org.eit.rules.afom.ThresholdTable.TABLE).stream()
                .filter(t -> t.id().equals("coverage-good")).mapToDouble(org.eit.rules.afom.Threshold::value)
                .findFirst().orElse(100);
        if (coverage != null && coverage.value() != null && coverage.value() < good) {
            next.add(PHRASES.phrase("next.interviews", "declared", coverage.value()));
        }
        next.add(PHRASES.phrase("next.funding", "funding", cost.facilitationFunding()));
        next.add(PHRASES.phrase("next.governance"));

        Phrase verdict = PHRASES.phrase(worthIt ? "verdict.worth-it" : "verdict.not-yet", "realised",
                rounded(realised), "total", rounded(cost.total().central()), "unit", currency, "years", years, "realisation", realisation);
        context.put(Results.OPPORTUNITY, new OpportunityNote(Sentences.render(verdict), worthIt,
                paragraphs.stream().map(Sentences::render).toList(), net, cost,
                top.stream().map(Action::id).toList(), List.copyOf(volunteers),
                next.stream().map(Sentences::render).toList()));
    }

    private static double value(Map<String, Indicator> indicators, String id) {
        Indicator i = indicators.get(id);
        return i == null || i.value() == null ? 0 : i.value();
    }

    private static double figure(Gains gains, String name) {
        return gains.find(name).map(GainFigure::central).orElse(0.0);
    }
}
