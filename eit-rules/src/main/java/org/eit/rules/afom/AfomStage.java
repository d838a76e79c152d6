package org.eit.rules.afom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.eit.core.api.AfomItem;
import org.eit.core.api.Indicator;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.ObservationFact;
import org.eit.rules.indicators.IndicatorsStage;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * The AFOM analysis ({@code afom.drl}): rules place items in the four quadrants from the indicators, the thresholds
 * of {@code afom-thresholds.csv} and the study's observations. Publishes {@link Results#AFOM}, by quadrant then id.
 */
public final class AfomStage implements Stage {
    public static final String NAME = "afom";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("value", "unit", "other", "subject", "threshold", "observation", "actor", "count");
    }

    @Override
    public Set<String> findingFunctions() {
        return Set.of("item");
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(Indicator.class, Threshold.class, ObservationFact.class, AfomFinding.class, Afom.class);
    }

    @Override
    public void run(StageContext context) {
        List<Object> facts = new ArrayList<>(context.find(Results.INDICATORS).orElse(List.of()));
        facts.addAll(context.knowledge().rows(ThresholdTable.TABLE));
        facts.addAll(IndicatorsStage.observations(context));
        TreeMap<String, AfomItem> items = new TreeMap<>();
        for (Object result : context.fire(facts, List.of(AfomFinding.class))) {
            AfomFinding f = (AfomFinding) result;
            items.putIfAbsent(f.id(), new AfomItem(f.id(), f.quadrant(), Sentences.render(f.template(), f.vars()),
                    f.rule(), f.evidence(), f.values()));
        }
        context.put(Results.AFOM, items.values().stream()
                .sorted(Comparator.comparing(AfomItem::quadrant).thenComparing(AfomItem::id)).toList());
    }
}
