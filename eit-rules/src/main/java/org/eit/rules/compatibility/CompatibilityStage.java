package org.eit.rules.compatibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eit.core.model.Flow;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.IsA;
import org.eit.rules.spi.ResultKey;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * Which offered resources can serve which demanded ones, and how far each resource travels: the rules of
 * {@code compatibility.drl} over the taxonomy, {@code substitutions.csv} and {@code reaches.csv}, for the resources
 * the territory uses. Publishes {@link #ACCEPTS} and {@link #REACHES}.
 */
public final class CompatibilityStage implements Stage {
    public static final String NAME = "compatibility";
    /** Every pair of resources that fit, with the reach of the pair, sorted by demanded then offered resource. */
    public static final ResultKey<List<Accepts>> ACCEPTS = ResultKey.of("compatibility.accepts", List.class);
    /** How far each used resource travels, by resource id (resources without a reach are absent). */
    public static final ResultKey<Map<String, ResourceReach>> REACHES = ResultKey.of("compatibility.reaches",
            Map.class);
    /** The parameter giving the transport modes the territory can use. */
    public static final String MODES = "transport.modes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(Used.class, ResourceFact.class, IsA.class, SubstitutionRow.class, ReachRow.class,
                TransportModes.class, Fit.class, ResourceReach.class, Accepts.class, Reached.class,
                ReachCriterion.class, PairCriterion.class, OutletRow.class, ResourceOutlet.class);
    }

    @Override
    public void run(StageContext context) {
        ResourceTaxonomy taxonomy = context.taxonomy();
        Map<String, boolean[]> used = new TreeMap<>();
        for (Flow flow : context.territory().flows()) {
            used.computeIfAbsent(flow.resourceId(), r -> new boolean[2])[flow.isOffer() ? 0 : 1] = true;
        }
        List<Object> facts = new ArrayList<>();
        facts.add(new TransportModes(context.parameters().words(MODES)));
        used.forEach((resource, directions) -> facts.add(new Used(resource, directions[0], directions[1])));
        for (Resource resource : taxonomy.all()) {
            facts.add(new ResourceFact(resource.id(), resource.defaultUnit().symbol(),
                    resource.defaultUnit().dimension(), resource.hazardous()));
            facts.addAll(lineage(taxonomy, resource.id()));
        }
        List<SubstitutionRow> rows = context.knowledge().rows(SubstitutionTable.TABLE);
        for (int i = 0; i < rows.size(); i++) {
            facts.add(rows.get(i).at(i));
        }
        facts.addAll(context.knowledge().rows(ReachTable.TABLE));
        facts.addAll(context.knowledge().rows(ReachCriterionTable.TABLE));
        facts.addAll(context.knowledge().rows(OutletTable.TABLE));

        List<Reached> reached = new ArrayList<>();
        Map<Reached, ReachCriterion> criteria = new java.util.HashMap<>();
        Map<String, String> outlets = new java.util.HashMap<>();
        Map<String, ResourceReach> reaches = new LinkedHashMap<>();
        for (Object result : context.fire(facts, List.of(Reached.class, PairCriterion.class, ResourceOutlet.class,
                ResourceReach.class))) {
            if (result instanceof Reached r) {
                reached.add(r);
            } else if (result instanceof PairCriterion c) {
                criteria.put(c.pair(), c.criterion());
            } else if (result instanceof ResourceOutlet o) {
                outlets.put(o.resource(), o.outlet());
            } else if (result instanceof ResourceReach reach) {
                reaches.put(reach.resource(), reach);
            }
        }
        // What the rules decided, put together: the pair, its reach, its criterion and the demand's outlet.
        List<Accepts> accepts = new ArrayList<>();
        for (Reached r : reached) {
            accepts.add(r.fit().accepts(r.reachKm(), r.mode(), criteria.get(r), outlets.get(r.fit().demanded())));
        }
        accepts.sort(Comparator.comparing(Accepts::demanded).thenComparing(Accepts::offered));
        context.put(ACCEPTS, List.copyOf(accepts));
        context.put(REACHES, Map.copyOf(reaches));
    }

    /** The resource itself (depth 0), its parent (1), and so on up to its root. */
    static List<IsA> lineage(ResourceTaxonomy taxonomy, String resource) {
        List<IsA> lineage = new ArrayList<>();
        lineage.add(new IsA(resource, resource, 0));
        List<String> ancestors = taxonomy.ancestors(resource);
        for (int i = 0; i < ancestors.size(); i++) {
            lineage.add(new IsA(resource, ancestors.get(i), i + 1));
        }
        return lineage;
    }
}
