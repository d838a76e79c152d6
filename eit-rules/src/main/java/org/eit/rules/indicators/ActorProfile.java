package org.eit.rules.indicators;

import org.eit.core.model.ActorKind;

/**
 * One actor as the indicator rules see it: what it is, where, its data and its part in the retained synergies.
 *
 * @param id             the actor's id
 * @param name           its name
 * @param kind           company, public body, farm...
 * @param activity       its NACE / NAF code, or null
 * @param section        the NACE section letter of that code ({@code C} for manufacturing), or null
 * @param employees      its headcount, or null
 * @param zone           its zone, or null
 * @param declaredFlows  how many of its flows were declared or measured
 * @param estimatedFlows how many were estimated from an activity profile
 * @param synergies      how many retained synergies it takes part in
 */
public record ActorProfile(String id, String name, ActorKind kind, String activity, String section,
                           Integer employees, String zone, int declaredFlows, int estimatedFlows, int synergies) {
    /** Sections B to E of NACE: mining, manufacturing, energy, water and waste: industry in the usual sense. */
    public boolean isIndustrial() {
        return section != null && "BCDE".contains(section);
    }

    /** Takes part in at least one retained synergy. */
    public boolean isInvolved() {
        return synergies > 0;
    }

    /** Gave at least one figure of its own (declared or measured). */
    public boolean hasData() {
        return declaredFlows > 0;
    }

    /** A commune, an intercommunality, a public utility. */
    public boolean isPublic() {
        return kind == ActorKind.PUBLIC_BODY || kind == ActorKind.UTILITY;
    }
}
