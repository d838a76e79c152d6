package org.eit.rules.detection.feasibility;

/** A row of {@code species.csv}: a word a flow may give for a species ({@code vache}, {@code pig}) and its group. */
public record SpeciesName(String name, String group) {
}
