package org.eit.rules.facts;

/** {@code resource} is {@code ancestor} or lies below it in the taxonomy. One fact per resource and ancestor. */
public record IsA(String resource, String ancestor) {
}
