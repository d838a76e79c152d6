package org.eit.rules.actions;

/**
 * An actor in one role towards one resource, in at least one retained synergy: the taker of a substitution, its
 * supplier, or the owner of an idle capacity. Action rules group by it ({@code Partner( role == "taker", $taker :
 * actor, $r : resource )}), one fact per group rather than one synergy standing for the others, so that grouping
 * costs as many joins as there are synergies, not their square.
 *
 * @param role     {@link #TAKER}, {@link #SUPPLIER} or {@link #OWNER}
 * @param actor    the actor's id
 * @param resource the resource it takes, supplies or shares
 */
public record Partner(String role, String actor, String resource) implements Comparable<Partner> {
    public static final String TAKER = "taker";
    public static final String SUPPLIER = "supplier";
    public static final String OWNER = "owner";

    @Override
    public int compareTo(Partner o) {
        int c = role.compareTo(o.role);
        c = c != 0 ? c : actor.compareTo(o.actor);
        return c != 0 ? c : resource.compareTo(o.resource);
    }
}
