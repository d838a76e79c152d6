package org.eit.rules.compatibility;

/**
 * A fit with the fixed reach of its pair of resources (the shorter of both resources' reaches) and its mode.
 *
 * @param fit     the pair of resources and why they fit
 * @param reachKm beyond this distance the exchange rarely makes sense, when no criterion can say better
 * @param mode    the transport mode of that reach
 */
public record Reached(Fit fit, double reachKm, String mode) {
}
