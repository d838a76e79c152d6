package org.eit.rules.actions;

/** A pooling theme of at least one retained synergy: action rules group by it ({@code Theme( $theme : name )}). */
public record Theme(String name) {
}
