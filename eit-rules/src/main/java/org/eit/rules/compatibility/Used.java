package org.eit.rules.compatibility;

/**
 * A resource the territory's flows use: offered by at least one flow ({@code offered}) or demanded by one
 * ({@code demanded}), or both.
 */
public record Used(String resource, boolean offered, boolean demanded) {
}
