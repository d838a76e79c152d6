package org.eit.rules.actions;

import java.util.List;
import org.eit.core.api.Gains;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.rules.facts.Finding;

/**
 * A retained synergy as the action rules see it: what it moves, between whom, how, under which conditions, and what
 * it may bring.
 *
 * @param id            the synergy's id in the diagnostic ({@code S-…}, {@code P-…})
 * @param kind          substitution or pooling
 * @param resource      the offered resource (a pooling: its theme's family)
 * @param resourceLabel that resource's label
 * @param theme         the pooling theme's id, or null
 * @param heat          the resource is heat
 * @param supplier      the actor that offers (a pair), or null for a group
 * @param taker         the actor that takes (a pair), or null for a group
 * @param actors        every actor of it
 * @param zone          the zone all partners share, or null when they are in different zones
 * @param mode          pipe, truck, ship, local, or null for a group
 * @param quantity      the allocated quantity, in {@code unit}, or null
 * @param unit          its unit, or null
 * @param conditions    how many regulatory or technical conditions it must meet
 * @param estimated     rests on an estimated flow
 * @param existing      exists today
 * @param net           its central net gain a year (0 when not valued)
 * @param uneconomic    its central net gain is below zero
 * @param gains         its gains
 * @param finding       the finding itself
 */
public record SynergyFact(String id, SynergyKind kind, String resource, LocalizedText resourceLabel, String theme,
                          boolean heat, String supplier, String taker, List<String> actors, String zone, String mode,
                          Double quantity, String unit, int conditions, boolean estimated, boolean existing,
                          double net, boolean uneconomic, Gains gains, Finding finding) {
    public SynergyFact {
        actors = List.copyOf(actors);
    }

    /**
     * One synergy is one fact: equal by id. (A record would compare every field, the finding's included, each time
     * a claimed synergy leaves an accumulated list or set: the action rules' cost grew with the square of the
     * synergies.)
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SynergyFact other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public boolean isPooling() {
        return kind == SynergyKind.POOLING;
    }

    public boolean isSubstitution() {
        return kind == SynergyKind.SUBSTITUTION;
    }

    /** Moves its resource through a pipe (heat, water, steam): an investment. */
    public boolean isPiped() {
        return "pipe".equals(mode);
    }
}
