package org.eit.core.internal.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * Likely takers of an offer, from activity profiles: the actors of the territory whose activity's profile demands
 * the offered resource, or a broader resource that accepts it (a cement works' profile demands ashes, slags,
 * gypsum, tyres and solvents; a biogas plant's, organic residues). They are proposals for the interviews, not
 * synergies: an activity code says what such establishments usually take, not what this one takes, nor how much.
 * The actor that offers is never its own taker, nor is an actor that already declares a demand accepting the
 * resource (the analysis matches it). Stateless.
 */
public final class LikelyTakers {
    /** How many takers are proposed per offer by default: the nearest ones. */
    public static final int DEFAULT_PER_OFFER = 10;

    private LikelyTakers() {
    }

    /**
     * A likely taker of an offer.
     *
     * @param offer      the offer's flow id
     * @param supplier   the offering actor
     * @param resource   the offered resource
     * @param taker      the proposed actor
     * @param activity   the code of the profile that says it takes the resource ({@code 23.51} for {@code 23.51Z})
     * @param demanded   the resource the profile demands: the offered one or a broader one
     * @param source     the profile row's source
     * @param distanceKm between supplier and taker, or null when one has no position
     * @param hasDemand  whether some actor of the territory already declares a demand accepting the resource
     */
    public record Proposal(String offer, String supplier, String resource, String taker, String activity,
                           String demanded, String source, Double distanceKm, boolean hasDemand) {
    }

    /** Proposals for every offer of {@code territory}, at most {@link #DEFAULT_PER_OFFER} per offer. */
    public static List<Proposal> propose(Territory territory, ActivityProfiles profiles, ResourceTaxonomy taxonomy) {
        return propose(territory, profiles, taxonomy, DEFAULT_PER_OFFER);
    }

    /**
     * Proposals for every offer of {@code territory}: per offer, the actors whose profile demands it, nearest first
     * (actors without position last, then by id), at most {@code perOffer} of them. Estimated demands (which come
     * from the same profiles) do not count as declared ones.
     */
    public static List<Proposal> propose(Territory territory, ActivityProfiles profiles, ResourceTaxonomy taxonomy,
                                         int perOffer) {
        Map<String, Actor> actors = territory.actorsById();
        // Declared demands by resource, and the profiles' demand rows by resource: each offer looks up the resources
        // that accept it (itself and its broader ones) instead of scanning every actor.
        Map<String, Set<String>> declaredBy = new HashMap<>();
        for (Flow flow : territory.flows()) {
            if (flow.direction() == Direction.DEMAND && flow.source() != DataSource.ESTIMATED) {
                declaredBy.computeIfAbsent(flow.resourceId(), r -> new HashSet<>()).add(flow.actorId());
            }
        }
        Map<String, List<Candidate>> demandedBy = new HashMap<>();
        for (Actor actor : territory.actors()) {
            if (actor.activity() == null) {
                continue;
            }
            ActivityProfiles.Profile profile = profiles.profileOf(actor.activity());
            for (ActivityProfiles.Row row : profile.rows()) {
                if (row.direction() == Direction.DEMAND) {
                    demandedBy.computeIfAbsent(row.resource(), r -> new ArrayList<>())
                            .add(new Candidate(actor, profile.activity(), row));
                }
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Flow offer : territory.flows()) {
            if (offer.direction() != Direction.OFFER || !taxonomy.contains(offer.resourceId())) {
                continue;
            }
            Actor supplier = actors.get(offer.actorId());
            List<String> accepting = new ArrayList<>();
            accepting.add(offer.resourceId());
            accepting.addAll(taxonomy.ancestors(offer.resourceId()));
            Set<String> declaring = new HashSet<>();
            for (String resource : accepting) {
                declaring.addAll(declaredBy.getOrDefault(resource, Set.of()));
            }
            boolean hasDemand = declaring.stream().anyMatch(a -> !a.equals(offer.actorId()));
            // the narrowest accepting resource first: an actor's best row is the first found
            Map<String, Proposal> byTaker = new LinkedHashMap<>();
            for (String resource : accepting) {
                for (Candidate c : demandedBy.getOrDefault(resource, List.of())) {
                    String taker = c.actor().id();
                    if (taker.equals(offer.actorId()) || declaring.contains(taker) || byTaker.containsKey(taker)) {
                        continue;
                    }
                    byTaker.put(taker, new Proposal(offer.id(), offer.actorId(), offer.resourceId(), taker,
                            c.activity(), c.row().resource(), c.row().source(), distance(supplier, c.actor()),
                            hasDemand));
                }
            }
            List<Proposal> forOffer = new ArrayList<>(byTaker.values());
            forOffer.sort(Comparator.comparing((Proposal p) -> p.distanceKm() == null ? Double.MAX_VALUE
                    : p.distanceKm()).thenComparing(Proposal::taker));
            proposals.addAll(forOffer.subList(0, Math.min(perOffer, forOffer.size())));
        }
        return proposals;
    }

    /** An actor whose profile demands a resource, with the row that says so. */
    private record Candidate(Actor actor, String activity, ActivityProfiles.Row row) {
    }

    /** Whether a demand for {@code demanded} accepts {@code offered}: the same resource or a narrower one. */
    static boolean accepts(String demanded, String offered, ResourceTaxonomy taxonomy) {
        return demanded.equals(offered) || taxonomy.contains(offered) && taxonomy.isA(offered, demanded);
    }

    private static Double distance(Actor a, Actor b) {
        GeoPoint p = a == null ? null : a.location();
        GeoPoint q = b.location();
        if (p == null || q == null) {
            return null;
        }
        return Math.round(p.distanceKm(q) * 10) / 10.0;
    }
}
