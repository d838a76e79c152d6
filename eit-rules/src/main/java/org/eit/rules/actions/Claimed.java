package org.eit.rules.actions;

/**
 * A synergy an action already carries: a rule that groups synergies claims them, so that rules of individual
 * actions (of lower salience) leave them alone.
 *
 * @param synergy the synergy's id
 * @param action  the id of the action that carries it
 */
public record Claimed(String synergy, String action) {
}
