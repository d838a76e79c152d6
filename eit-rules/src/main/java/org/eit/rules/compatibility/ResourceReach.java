package org.eit.rules.compatibility;

/**
 * How far a resource travels: the reach row the rules chose for it.
 *
 * @param resource the resource
 * @param maxKm    beyond this distance exchanging it rarely makes sense
 * @param mode     the transport mode of that row
 * @param source   the row's source
 */
public record ResourceReach(String resource, double maxKm, String mode, String source) {
}
