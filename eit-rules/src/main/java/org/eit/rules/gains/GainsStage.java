package org.eit.rules.gains;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.api.ApproachCost;
import org.eit.core.api.FactorUse;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.model.Confidence;
import org.eit.rules.allocation.Allocated;
import org.eit.rules.allocation.AllocationResult;
import org.eit.rules.allocation.AllocationStage;
import org.eit.rules.explain.Amount;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.spi.GainCalculator;
import org.eit.rules.spi.Parameters;
import org.eit.rules.spi.ResultKey;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * Values every retained synergy on what the allocation gave it, so that nothing is counted twice: each calculator
 * ({@link GainCalculator}) adds its figures, each a low, central and high value (the factors' ranges, the
 * quantities widened by the flows' confidence) with its trace. Publishes each synergy's gains, the territory's
 * totals (their sum; actors counted once) and the cost of the approach itself.
 */
public final class GainsStage implements Stage {
    public static final String NAME = "gains";
    /** Each retained synergy's gains, by finding key. */
    public static final ResultKey<Map<String, Gains>> GAINS = ResultKey.of("gains.by-synergy", Map.class);
    /** The territory's gains: the sum of the retained synergies'. */
    public static final ResultKey<Gains> TOTALS = ResultKey.of("gains.totals", Gains.class);
    /** What the study and its facilitation cost. */
    public static final ResultKey<ApproachCost> APPROACH = ResultKey.of("gains.approach", ApproachCost.class);

    static final String UNCERTAINTY = "gains.uncertainty-pct.";

    private final List<GainCalculator> calculators;

    @Inject
    GainsStage(Set<GainCalculator> calculators) {
        this.calculators = calculators.stream().sorted(Comparator.comparing(GainCalculator::name)).toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 400;
    }

    /** The parameter giving the uncertainty of quantities of this confidence. */
    static String uncertaintyParameter(Confidence confidence) {
        return UNCERTAINTY + confidence.id();
    }

    @Override
    public void run(StageContext context) {
        List<Finding> retained = context.find(Results.RETAINED).orElse(List.of());
        AllocationResult allocation = context.find(AllocationStage.ALLOCATION).orElse(null);
        Map<String, FlowFact> flows = context.find(Results.FLOW_FACTS).orElse(Map.of());
        GainTables tables = new GainTables(context.knowledge(), context.taxonomy());
        Parameters parameters = context.parameters();
        String currency = context.territory().currency();
        // Each synergy is valued on its own, side by side when the analysis may use several threads; the sheets are
        // put together in the findings' order.
        List<Gains> sheets = org.eit.core.internal.collect.Parallel.map(retained, parameters.threads(), f -> {
            context.checkCancelled();
            GainSheet sheet = new GainSheet(currency);
            GainInput input = input(f, allocation, flows, tables, parameters);
            for (GainCalculator calculator : calculators) {
                calculator.value(input, sheet);
            }
            return sheet.build();
        });
        Map<String, Gains> gains = new TreeMap<>();
        for (int i = 0; i < retained.size(); i++) {
            gains.put(retained.get(i).key(), sheets.get(i));
        }
        context.put(GAINS, Map.copyOf(gains));
        context.put(TOTALS, totals(gains, retained, currency));
        context.put(APPROACH, approach(parameters, currency));
    }

    private static GainInput input(Finding f, AllocationResult allocation, Map<String, FlowFact> flows,
                                   GainTables tables, Parameters parameters) {
        double uncertainty = parameters.number(uncertaintyParameter(f.confidence())) / 100;
        if (!f.isPair()) {
            List<FlowFact> members = f.flows().stream().map(flows::get).filter(java.util.Objects::nonNull).toList();
            Range quantity = f.quantity() == null ? null : Range.of(f.quantity()).widened(uncertainty);
            return new GainInput(f, null, null, members, quantity, null, uncertainty, tables, parameters);
        }
        Allocated a = allocation == null ? null : allocation.byFinding().get(f.key());
        Double allocated = a != null ? a.quantity() : f.quantity();
        Range quantity = allocated == null ? null : Range.of(allocated).widened(uncertainty).atLeast(0);
        Range offerUsed = quantity == null || f.offerPerUnit() == null ? null : quantity.times(f.offerPerUnit());
        return new GainInput(f, flows.get(f.offerFlow()), flows.get(f.demandFlow()), List.of(), quantity,
                offerUsed, uncertainty, tables, parameters);
    }

    /** The sum of every synergy's figures of each name; the actors involved counted once. */
    public static Gains totals(Map<String, Gains> gains, List<Finding> retained, String currency) {
        Map<String, List<GainFigure>> byKind = new LinkedHashMap<>();
        for (String kind : List.of(GainSheet.ECONOMIC, GainSheet.ENVIRONMENTAL, GainSheet.SOCIAL)) {
            Map<String, double[]> sums = new TreeMap<>();
            Map<String, GainFigure> first = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (Gains g : gains.values()) {
                for (GainFigure fig : figures(g, kind)) {
                    double[] sum = sums.computeIfAbsent(fig.name() + "|" + fig.unit(), k -> new double[3]);
                    sum[0] += fig.low();
                    sum[1] += fig.central();
                    sum[2] += fig.high();
                    first.putIfAbsent(fig.name() + "|" + fig.unit(), fig);
                    counts.merge(fig.name() + "|" + fig.unit(), 1, Integer::sum);
                }
            }
            List<GainFigure> total = new ArrayList<>();
            sums.forEach((key, sum) -> {
                GainFigure like = first.get(key);
                if (like.name().equals("actors")) {
                    Set<String> actors = new TreeSet<>();
                    retained.forEach(f -> actors.addAll(f.actors()));
                    total.add(new GainFigure("actors", like.label(), actors.size(), actors.size(), actors.size(),
                            like.unit(), "distinct actors of the retained synergies", List.of()));
                } else {
                    total.add(new GainFigure(like.name(), like.label(), sum[0], sum[1], sum[2], like.unit(),
                            "sum over " + counts.get(key) + " synergies", List.of()));
                }
            });
            byKind.put(kind, total);
        }
        boolean uneconomic = byKind.get(GainSheet.ECONOMIC).stream()
                .anyMatch(f -> f.name().equals(GainSheet.NET) && f.central() < 0);
        return new Gains(byKind.get(GainSheet.ECONOMIC), byKind.get(GainSheet.ENVIRONMENTAL),
                byKind.get(GainSheet.SOCIAL), uneconomic, List.of());
    }

    private static List<GainFigure> figures(Gains g, String kind) {
        return switch (kind) {
            case GainSheet.ECONOMIC -> g.economic();
            case GainSheet.ENVIRONMENTAL -> g.environmental();
            default -> g.social();
        };
    }

    /** The study's and the facilitation's cost, from the approach parameters (the seed's by default). */
    static ApproachCost approach(Parameters p, String currency) {
        double fteCost = p.number(ApproachParameters.FTE_COST);
        Range perFte = new Range(fteCost * 0.8, fteCost, fteCost * 1.2);
        double studyFte = p.number(ApproachParameters.STUDY_FTE);
        int months = (int) p.whole(ApproachParameters.STUDY_MONTHS);
        double facilitationFte = p.number(ApproachParameters.FACILITATION_FTE);
        int years = (int) p.whole(ApproachParameters.FACILITATION_YEARS);
        String unit = currency;
        List<FactorUse> uses = List.of(new FactorUse("parameter", ApproachParameters.FTE_COST,
                "eit default: loaded yearly cost of a category A officer of a French local authority (order of "
                        + "magnitude, 20 % either way); set per territory", null, null));
        Range study = perFte.times(studyFte * months / 12.0);
        Range facilitation = perFte.times(facilitationFte);
        GainFigure studyCost = figure("approach-study", study, unit, Amount.number(studyFte) + " FTE x " + months
                + " months x " + Amount.number(fteCost) + " " + currency + "/FTE/yr", uses);
        GainFigure perYear = figure("approach-facilitation", facilitation, unit + "/yr",
                Amount.number(facilitationFte) + " FTE x " + Amount.number(fteCost) + " " + currency + "/FTE/yr",
                uses);
        GainFigure total = figure("approach-total", study.plus(facilitation.times(years)), unit,
                "study + " + years + " years of facilitation", uses);
        return new ApproachCost(studyFte, months, p.text(ApproachParameters.STUDY_FUNDING), facilitationFte, years,
                p.text(ApproachParameters.FACILITATION_FUNDING), studyCost, perYear, total);
    }

    private static GainFigure figure(String name, Range value, String unit, String formula, List<FactorUse> uses) {
        var label = new org.eit.core.api.LocalizedText(
                GainSheet.PHRASES.pattern("figure." + name, org.eit.core.model.Language.FR),
                GainSheet.PHRASES.pattern("figure." + name, org.eit.core.model.Language.EN));
        return new GainFigure(name, label, value.low(), value.central(), value.high(), unit, formula, uses);
    }
}
