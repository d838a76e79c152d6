package org.eit.core.internal.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        List<Flow> declaredDemands = territory.flows().stream()
                .filter(f -> f.direction() == Direction.DEMAND && f.source() != DataSource.ESTIMATED).toList();
        List<Proposal> proposals = new ArrayList<>();
        for (Flow offer : territory.flows()) {
            if (offer.direction() != Direction.OFFER || !taxonomy.contains(offer.resourceId())) {
                continue;
            }
            Actor supplier = actors.get(offer.actorId());
            boolean hasDemand = declaredDemands.stream().anyMatch(d -> !d.actorId().equals(offer.actorId())
                    && accepts(d.resourceId(), offer.resourceId(), taxonomy));
            List<Proposal> forOffer = new ArrayList<>();
            for (Actor taker : territory.actors()) {
                if (taker.id().equals(offer.actorId()) || taker.activity() == null) {
                    continue;
                }
                boolean alreadyDemands = declaredDemands.stream().anyMatch(d -> d.actorId().equals(taker.id())
                        && accepts(d.resourceId(), offer.resourceId(), taxonomy));
                if (alreadyDemands) {
                    continue;
                }
                ActivityProfiles.Profile profile = profiles.profileOf(taker.activity());
                ActivityProfiles.Row best = null;
                for (ActivityProfiles.Row row : profile.rows()) {
                    if (row.direction() == Direction.DEMAND && accepts(row.resource(), offer.resourceId(), taxonomy)
                            && (best == null || taxonomy.isA(row.resource(), best.resource()))) {
                        best = row;
                    }
                }
                if (best != null) {
                    forOffer.add(new Proposal(offer.id(), offer.actorId(), offer.resourceId(), taker.id(),
                            profile.activity(), best.resource(), best.source(), distance(supplier, taker),
                            hasDemand));
                }
            }
            forOffer.sort(Comparator.comparing((Proposal p) -> p.distanceKm() == null ? Double.MAX_VALUE
                    : p.distanceKm()).thenComparing(Proposal::taker));
            proposals.addAll(forOffer.subList(0, Math.min(perOffer, forOffer.size())));
        }
        return proposals;
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
