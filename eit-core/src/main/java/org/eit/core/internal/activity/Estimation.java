package org.eit.core.internal.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eit.core.model.Actor;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.FlowQuantity;
import org.eit.core.unit.Period;

/**
 * The diagnostic V1's completion of a territory from activity profiles (the study's "analyse de la littérature"):
 * each actor with an activity code gets the likely offers and needs of its activity's profile
 * ({@link ActivityProfiles#profileOf}: the most specific code that has rows), as flows marked
 * {@link DataSource#ESTIMATED} with {@link Confidence#LOW} confidence, whose notes name the profile row and its
 * source. They are sized {@code per_employee × employees} when the row has a ratio and the actor a headcount (above
 * zero), else left without quantity. Estimated flows never overwrite what an actor declares: a resource the actor
 * already has in the same direction (the same, a broader or a narrower one of the taxonomy, whatever its source) is
 * not estimated. Ids are stable: {@code E-<actor>-<resource>-o} for an offer, {@code -d} for a demand.
 *
 * <p>Practitioners warn that activity codes alone give false matches and no sizing: estimated flows are for
 * deciding whom to interview and what to ask, not for presenting gains. Stateless.
 */
public final class Estimation {
    /** The territory parameter that applies the estimation before the analysis ({@code true} or {@code false}). */
    public static final String ENABLED = "estimation.enabled";
    /** The prefix of the estimation's parameters, which are read here and never reach the engine. */
    public static final String PARAMETERS = "estimation.";

    private Estimation() {
    }

    /**
     * What the estimation added.
     *
     * @param territory  the territory with the estimated flows after its own
     * @param estimated  the estimated flows, each with the profile row it comes from, by flow id
     * @param profiled   actors whose activity has a profile, with the code of the profile used
     * @param unprofiled actors with an activity code that no profile covers, with their code
     * @param declared   profile rows not estimated because the actor already declares the resource, by actor
     */
    public record Result(Territory territory, Map<String, ActivityProfiles.Row> estimated,
                         Map<String, String> profiled, Map<String, String> unprofiled,
                         Map<String, List<String>> declared) {

        public boolean isEstimated(String flowId) {
            return estimated.containsKey(flowId);
        }
    }

    /** The territory completed with estimated flows (see {@link #run} for what was done). */
    public static Territory estimate(Territory territory, ActivityProfiles profiles, ResourceTaxonomy taxonomy) {
        return run(territory, profiles, taxonomy).territory();
    }

    /** Whether a territory's parameters ask for the estimation ({@code estimation.enabled: true}). */
    public static boolean enabled(Map<String, String> parameters) {
        return org.eit.core.internal.text.Flags.parse(parameters.getOrDefault(ENABLED, "")).orElse(false);
    }

    /** The same territory without the estimation's parameters, which the engine does not know. */
    public static Territory withoutParameters(Territory territory) {
        if (territory.parameters().keySet().stream().noneMatch(k -> k.startsWith(PARAMETERS))) {
            return territory;
        }
        Map<String, String> kept = new TreeMap<>(territory.parameters());
        kept.keySet().removeIf(k -> k.startsWith(PARAMETERS));
        return new Territory(territory.name(), territory.language(), territory.currency(), kept, territory.actors(),
                territory.flows(), territory.toClassify(), territory.observations());
    }

    /** Completes {@code territory}; see the class comment. */
    public static Result run(Territory territory, ActivityProfiles profiles, ResourceTaxonomy taxonomy) {
        Map<String, List<Flow>> byActor = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Flow flow : territory.flows()) {
            byActor.computeIfAbsent(flow.actorId(), a -> new ArrayList<>()).add(flow);
            ids.add(flow.id());
        }
        territory.toClassify().forEach(f -> ids.add(f.id()));
        List<Flow> flows = new ArrayList<>(territory.flows());
        Map<String, ActivityProfiles.Row> estimated = new LinkedHashMap<>();
        Map<String, String> profiled = new LinkedHashMap<>();
        Map<String, String> unprofiled = new LinkedHashMap<>();
        Map<String, List<String>> declared = new LinkedHashMap<>();
        for (Actor actor : territory.actors()) {
            if (actor.activity() == null) {
                continue;
            }
            ActivityProfiles.Profile profile = profiles.profileOf(actor.activity());
            if (profile.isEmpty()) {
                unprofiled.put(actor.id(), actor.activity());
                continue;
            }
            profiled.put(actor.id(), profile.activity());
            List<Flow> own = byActor.getOrDefault(actor.id(), List.of());
            for (ActivityProfiles.Row row : profile.rows()) {
                if (!taxonomy.contains(row.resource())) {
                    continue;
                }
                if (declares(own, row, taxonomy)) {
                    declared.computeIfAbsent(actor.id(), a -> new ArrayList<>()).add(row.key());
                    continue;
                }
                String id = uniqueId("E-" + actor.id() + "-" + row.resource() + "-"
                        + (row.direction() == Direction.OFFER ? "o" : "d"), ids);
                Flow.Builder flow = (row.direction() == Direction.OFFER ? Flow.offer(id, actor.id(), row.resource())
                        : Flow.demand(id, actor.id(), row.resource()))
                        .source(DataSource.ESTIMATED)
                        .confidence(Confidence.LOW)
                        .notes(note(row));
                Flow built = flow.build();
                if (row.perEmployee() != null && actor.employees() != null && actor.employees() > 0) {
                    built = new Flow(built.id(), built.actorId(), built.direction(), built.resourceId(),
                            built.description(), new FlowQuantity(round(row.perEmployee() * actor.employees()),
                            row.unit(), Period.YEAR), null, null, DataSource.ESTIMATED, Confidence.LOW, false, null,
                            built.notes());
                }
                flows.add(built);
                estimated.put(id, row);
                // An actor's own estimate counts as what it has, so that two rows of one resource give one flow.
                own = new ArrayList<>(own);
                own.add(built);
            }
        }
        Territory completed = new Territory(territory.name(), territory.language(), territory.currency(),
                territory.parameters(), territory.actors(), flows, territory.toClassify(), territory.observations());
        return new Result(completed, estimated, profiled, unprofiled, declared);
    }

    /** Whether {@code own} already has the row's resource in its direction: the same, a broader or a narrower one. */
    private static boolean declares(List<Flow> own, ActivityProfiles.Row row, ResourceTaxonomy taxonomy) {
        for (Flow flow : own) {
            if (flow.direction() == row.direction() && (flow.resourceId().equals(row.resource())
                    || taxonomy.contains(flow.resourceId()) && (taxonomy.isA(flow.resourceId(), row.resource())
                    || taxonomy.isA(row.resource(), flow.resourceId())))) {
                return true;
            }
        }
        return false;
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Three significant figures: a ratio times a headcount band's middle is no more precise than that. */
    static double round(double value) {
        if (value == 0) {
            return 0;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(value))));
        return Math.round(value * scale) / scale;
    }

    /** The notes of an estimated flow: which profile row, with its ratio and source. */
    static String note(ActivityProfiles.Row row) {
        String ratio = row.perEmployee() == null ? ""
                : String.format(Locale.ROOT, ", %s %s per employee and year", trim(row.perEmployee()),
                row.unit().symbol());
        return "estimated from activity profile " + row.activity() + ratio + " (" + row.source() + ")";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The estimated flows of {@code result} whose id is among {@code flowIds}, in that order. */
    public static List<String> estimatedAmong(Result result, List<String> flowIds) {
        return flowIds.stream().filter(result::isEstimated).toList();
    }

    /** The profile row behind an estimated flow. */
    public static Optional<ActivityProfiles.Row> rowOf(Result result, String flowId) {
        return Optional.ofNullable(result.estimated().get(flowId));
    }
}
