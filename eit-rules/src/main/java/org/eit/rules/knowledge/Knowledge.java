package org.eit.rules.knowledge;

import java.util.List;

/** The knowledge tables in force for one analysis: the shipped rows with the territory's overrides applied. */
public record Knowledge(List<Substitution> substitutions, List<Reach> reaches, List<PoolingThemeRow> themes) {
    public Knowledge {
        substitutions = List.copyOf(substitutions);
        reaches = List.copyOf(reaches);
        themes = List.copyOf(themes);
    }
}
