package org.eit.rules.actions;

/** A zone where the partners of at least one retained synergy all are: action rules group by it. */
public record Zone(String name) {
}
