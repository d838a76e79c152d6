package org.eit.rules.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.api.Action;
import org.eit.core.api.AfomItem;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.core.model.Actor;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.allocation.Allocated;
import org.eit.rules.allocation.AllocationResult;
import org.eit.rules.allocation.AllocationStage;
import org.eit.rules.explain.Amount;
import org.eit.rules.explain.PhraseBook;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.ObservationFact;
import org.eit.rules.gains.GainSheet;
import org.eit.rules.gains.GainsStage;
import org.eit.rules.indicators.IndicatorsStage;
import org.eit.rules.spi.Parameters;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * The action programme ({@code actions.drl}): rules turn the retained synergies and the AFOM items into actions,
 * grouping what belongs together; each action's priority comes from the class of its gains and its feasibility
 * ({@code priority-matrix.csv}), its gains are the sum of its synergies'. Publishes {@link Results#ACTIONS}, by
 * priority, then the larger gain first.
 */
public final class ActionsStage implements Stage {
    public static final String NAME = "actions";
    static final String GAIN_HIGH = "actions.gain-high";
    static final String GAIN_MEDIUM = "actions.gain-medium";
    static final PhraseBook PHRASES = PhraseBook.of(ActionsStage.class);
    /**
     * How many of its synergies an action's description names; the others are in its list. A region's action can
     * carry twenty thousand, which no reader goes through in a sentence.
     */
    static final int NAMED_SYNERGIES = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("count", "resource", "zone", "lead", "taker", "supplier", "actors", "observation",
                "actor", "item");
    }

    @Override
    public Set<String> findingFunctions() {
        return Set.of("action");
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(SynergyFact.class, Claimed.class, Zone.class, Theme.class, Partner.class,
                ActionProposal.class, Actions.class, AfomItem.class, AfomItem.Quadrant.class, ObservationFact.class,
                SynergyKind.class);
    }

    @Override
    public void run(StageContext context) {
        Map<String, Actor> actors = context.territory().actorsById();
        List<SynergyFact> synergies = synergies(context, actors);
        List<Object> facts = new ArrayList<>(synergies);
        facts.addAll(groupKeys(synergies));
        facts.addAll(context.find(Results.AFOM).orElse(List.of()));
        facts.addAll(IndicatorsStage.observations(context));
        Map<String, ActionProposal> proposals = new TreeMap<>();
        for (Object result : context.fire(facts, List.of(ActionProposal.class))) {
            ActionProposal p = (ActionProposal) result;
            proposals.putIfAbsent(p.id(), p);
        }
        Map<String, PriorityRow> matrix = new HashMap<>();
        context.knowledge().rows(PriorityTable.TABLE).forEach(r -> matrix.put(r.gain() + "|" + r.feasibility(), r));
        String currency = context.territory().currency();
        List<Action> programme = new ArrayList<>();
        for (ActionProposal p : proposals.values()) {
            programme.add(action(p, actors, matrix, context.parameters(), currency));
        }
        programme.sort(Comparator.comparingInt(Action::priority)
                .thenComparing(a -> -net(a.gains())).thenComparing(Action::id));
        context.put(Results.ACTIONS, List.copyOf(programme));
    }

    /**
     * What the rules group synergies by, each once and in a stable order: the zones, the pooling themes, and each
     * taker, supplier and owner of a capacity with its resource.
     */
    static List<Object> groupKeys(List<SynergyFact> synergies) {
        Set<String> zones = new TreeSet<>();
        Set<String> themes = new TreeSet<>();
        Set<Partner> partners = new TreeSet<>();
        for (SynergyFact s : synergies) {
            if (s.zone() != null) {
                zones.add(s.zone());
            }
            if (s.theme() != null) {
                themes.add(s.theme());
            }
            if (s.resource() == null) {
                continue;
            }
            if (s.isSubstitution()) {
                if (s.taker() != null) {
                    partners.add(new Partner(Partner.TAKER, s.taker(), s.resource()));
                }
                if (s.supplier() != null) {
                    partners.add(new Partner(Partner.SUPPLIER, s.supplier(), s.resource()));
                }
            } else if (s.theme() == null && s.supplier() != null) {
                partners.add(new Partner(Partner.OWNER, s.supplier(), s.resource()));
            }
        }
        List<Object> keys = new ArrayList<>();
        zones.forEach(z -> keys.add(new Zone(z)));
        themes.forEach(t -> keys.add(new Theme(t)));
        keys.addAll(partners);
        return keys;
    }

    private static List<SynergyFact> synergies(StageContext context, Map<String, Actor> actors) {
        Map<String, Gains> gains = context.find(GainsStage.GAINS).orElse(Map.of());
        AllocationResult allocation = context.find(AllocationStage.ALLOCATION).orElse(null);
        ResourceTaxonomy taxonomy = context.taxonomy();
        List<SynergyFact> out = new ArrayList<>();
        for (Finding f : IndicatorsStage.retained(context)) {
            if (f.internal()) {
                continue;
            }
            TreeSet<String> zones = new TreeSet<>();
            boolean allZoned = true;
            for (String a : f.actors()) {
                String zone = actors.get(a).zone();
                allZoned &= zone != null;
                if (zone != null) {
                    zones.add(zone);
                }
            }
            Resource r = taxonomy.find(f.resource()).orElse(null);
            LocalizedText label = r == null ? new LocalizedText(f.resource(), f.resource())
                    : new LocalizedText(r.labelFr(), r.labelEn());
            Allocated a = allocation == null ? null : allocation.byFinding().get(f.key());
            Double quantity = a != null ? a.quantity() : f.quantity();
            Gains g = gains.getOrDefault(f.key(), Gains.NONE);
            String theme = f.relation().startsWith("pooling-theme:")
                    ? f.relation().substring("pooling-theme:".length()) : null;
            out.add(new SynergyFact(f.id(), f.kind(), f.resource(), label, theme,
                    f.resource() != null && taxonomy.contains(f.resource()) && taxonomy.isA(f.resource(), "heat"),
                    f.isPair() ? f.actors().get(0) : null, f.isPair() ? f.actors().get(1) : null, f.actors(),
                    allZoned && zones.size() == 1 ? zones.first() : null, f.mode(), quantity, f.unit(),
                    f.conditions().size(), f.estimated(), f.existing(), net(g), g.uneconomic(), g, f));
        }
        out.sort(Comparator.comparing(SynergyFact::id));
        return out;
    }

    private static Action action(ActionProposal p, Map<String, Actor> actors, Map<String, PriorityRow> matrix,
                                 Parameters parameters, String currency) {
        Map<String, Gains> byId = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        for (SynergyFact s : p.synergies()) {
            byId.put(s.finding().key(), s.gains());
            findings.add(s.finding());
        }
        Gains gains = p.synergies().isEmpty() ? Gains.NONE : GainsStage.totals(byId, findings, currency);
        double net = net(gains);
        String gainClass = p.synergies().isEmpty() ? "enabling"
                : net >= parameters.number(GAIN_HIGH) ? "high"
                : net >= parameters.number(GAIN_MEDIUM) ? "medium" : "low";
        PriorityRow row = matrix.get(gainClass + "|" + p.feasibility());
        int priority = row == null ? 3 : row.priority();
        Set<String> partners = new TreeSet<>(p.actors());
        p.synergies().forEach(s -> partners.addAll(s.actors()));
        if (p.lead() != null) {
            partners.remove(p.lead());
        }
        Map<String, Object> vars = new HashMap<>(p.vars());
        if (p.lead() != null && actors.containsKey(p.lead())) {
            vars.put("lead", actors.get(p.lead()).name());
        }
        if (!p.synergies().isEmpty()) {
            SynergyFact first = p.synergies().get(0);
            if (first.taker() != null) {
                vars.put("taker", actors.get(first.taker()).name());
            }
            if (first.supplier() != null) {
                vars.put("supplier", actors.get(first.supplier()).name());
            }
        }
        LocalizedText title = Sentences.render(p.template(), vars);
        LocalizedText follow = p.follow() != null ? Sentences.render(p.follow(), vars)
                : Sentences.render(PHRASES.phrase("follow." + p.type()));
        return new Action(p.id(), title, description(p, gains, gainClass, priority, currency), p.type(), p.horizon(),
                priority, p.lead(), List.copyOf(partners), p.synergies().stream().map(SynergyFact::id).toList(),
                p.afom(), gains, follow, p.rule());
    }

    private static LocalizedText description(ActionProposal p, Gains gains, String gainClass, int priority,
                                             String currency) {
        List<Object> parts = new ArrayList<>();
        if (p.synergies().isEmpty()) {
            parts.add(PHRASES.phrase("description.enabling"));
        } else {
            List<String> ids = p.synergies().stream().map(SynergyFact::id).toList();
            parts.add(ids.size() <= NAMED_SYNERGIES
                    ? PHRASES.phrase("description.synergies", "count", ids.size(), "ids", String.join(", ", ids))
                    : PHRASES.phrase("description.synergies-first", "count", ids.size(), "shown", NAMED_SYNERGIES,
                            "ids", String.join(", ", ids.subList(0, NAMED_SYNERGIES))));
            GainFigure netFigure = gains.find(GainSheet.NET).orElse(null);
            if (netFigure != null) {
                parts.add(PHRASES.phrase("description.gain", "low", Amount.rounded(netFigure.low()), "central",
                        Amount.rounded(netFigure.central()), "high", Amount.rounded(netFigure.high()), "unit",
                        currency));
            }
            int conditions = p.synergies().stream().mapToInt(SynergyFact::conditions).sum();
            if (conditions > 0) {
                parts.add(PHRASES.phrase("description.conditions", "count", conditions));
            }
            long estimated = p.synergies().stream().filter(SynergyFact::estimated).count();
            if (estimated > 0) {
                parts.add(PHRASES.phrase("description.estimated", "count", estimated));
            }
        }
        parts.add(PHRASES.phrase("description.priority", "priority", priority, "gain",
                PHRASES.phrase("gain." + gainClass), "feasibility", PHRASES.phrase("feasibility." + p.feasibility())));
        List<LocalizedText> rendered = parts.stream()
                .map(o -> Sentences.render((org.eit.rules.explain.Phrase) o)).toList();
        return new LocalizedText(String.join(" ", rendered.stream().map(LocalizedText::fr).toList()),
                String.join(" ", rendered.stream().map(LocalizedText::en).toList()));
    }

    static double net(Gains g) {
        return g == null ? 0 : g.find(GainSheet.NET).map(GainFigure::central).orElse(0.0);
    }
}
