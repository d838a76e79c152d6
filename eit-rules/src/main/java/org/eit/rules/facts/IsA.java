package org.eit.rules.facts;

/**
 * {@code resource} is {@code ancestor} or lies below it in the taxonomy, {@code depth} levels down (0 for the
 * resource itself, 1 for its parent...). One fact per resource and ancestor.
 */
public record IsA(String resource, String ancestor, int depth) {
}
