package org.eit.rules.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eit.core.api.AfomItem;
import org.eit.core.api.LocalizedText;
import org.eit.rules.facts.ObservationFact;
import org.eit.rules.facts.Reason;
import org.kie.api.definition.rule.Rule;

/**
 * What action rules call: {@link #action} proposes an action from the facts it carries; {@link #lead} picks who
 * leads a group of synergies.
 */
public final class Actions {
    static final List<String> TYPES = List.of("quick-win", "study", "pilot", "investment", "facilitation");
    static final List<String> HORIZONS = List.of("short", "medium", "long");

    private Actions() {
    }

    /**
     * An action of {@code type} ({@code quick-win}, {@code study}, {@code pilot}, {@code investment},
     * {@code facilitation}), {@code horizon} ({@code short}: under 6 months, {@code medium}: 6 to 18,
     * {@code long}) and {@code feasibility} ({@code easy}, {@code medium}, {@code hard}), led by {@code lead} (an
     * actor id, or null for the facilitator). What it carries: synergies ({@link SynergyFact}, alone or in a
     * collection), AFOM items ({@link AfomItem}) and observations ({@link ObservationFact}: their actor takes
     * part). The title's values: {@code {count}} synergies, {@code {resource}}, {@code {zone}}, {@code {lead}},
     * {@code {actors}} (how many), {@code {observation}} and its {@code {actor}}, {@code {item}} (the first AFOM item's statement).
     */
    public static ActionProposal action(Rule rule, String about, String type, String horizon, String feasibility,
                                        String lead, Object... carried) {
        require(TYPES, type, "type", rule);
        require(HORIZONS, horizon, "horizon", rule);
        require(PriorityTable.FEASIBILITY, feasibility, "feasibility", rule);
        List<SynergyFact> synergies = new ArrayList<>();
        List<String> afom = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        Map<String, Object> vars = new HashMap<>();
        for (Object c : carried) {
            for (Object o : c instanceof Collection<?> many ? many : List.of(c)) {
                if (o instanceof SynergyFact s) {
                    synergies.add(s);
                } else if (o instanceof AfomItem item) {
                    afom.add(item.id());
                    vars.putIfAbsent("item", item.statement());
                } else if (o instanceof ObservationFact obs) {
                    vars.putIfAbsent("observation", obs.text());
                    if (obs.actorName() != null) {
                        vars.putIfAbsent("actor", obs.actorName());
                    }
                    if (obs.actor() != null) {
                        actors.add(obs.actor());
                    }
                }
            }
        }
        synergies.sort(Comparator.comparing(SynergyFact::id));
        Set<String> involved = new LinkedHashSet<>(actors);
        synergies.forEach(s -> involved.addAll(s.actors()));
        vars.put("count", synergies.size());
        vars.put("actors", involved.size());
        if (!synergies.isEmpty()) {
            vars.put("resource", synergies.get(0).resourceLabel());
            if (synergies.get(0).zone() != null) {
                vars.put("zone", synergies.get(0).zone());
            }
        }
        Object follow = rule.getMetaData().get("followFr");
        Object followEn = rule.getMetaData().get("followEn");
        LocalizedText followText = follow == null || followEn == null ? null
                : new LocalizedText(follow.toString(), followEn.toString());
        return new ActionProposal(rule.getName() + (about == null || about.isEmpty() ? "" : ": " + about),
                rule.getName(), Reason.template(rule), followText, vars, type, horizon, feasibility, lead, synergies,
                afom, actors);
    }

    /**
     * Who leads a group of synergies: the actor that supplies (or, with {@code takers}, takes) in most of them,
     * then the one that moves the most, then the first by id.
     */
    public static String lead(Collection<?> synergies, boolean takers) {
        Map<String, double[]> score = new TreeMap<>();
        for (Object o : synergies) {
            SynergyFact s = (SynergyFact) o;
            String actor = takers ? s.taker() : s.supplier();
            if (actor != null) {
                double[] v = score.computeIfAbsent(actor, k -> new double[2]);
                v[0]++;
                v[1] += s.quantity() == null ? 0 : s.quantity();
            }
        }
        return score.entrySet().stream()
                .max(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> e.getValue()[0])
                        .thenComparingDouble(e -> e.getValue()[1])
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static void require(List<String> allowed, String value, String what, Rule rule) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\": unknown " + what + " '" + value
                    + "' (use one of: " + String.join(", ", allowed) + ")");
        }
    }
}
