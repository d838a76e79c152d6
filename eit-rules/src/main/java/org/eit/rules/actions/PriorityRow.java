package org.eit.rules.actions;

/**
 * A row of {@code priority-matrix.csv}: the priority of an action from the class of its gains and its feasibility.
 *
 * @param gain        {@code high}, {@code medium}, {@code low} (from the parameters {@code actions.gain-high} and
 *                    {@code actions.gain-medium}), or {@code enabling} for an action that opens the way to others
 * @param feasibility {@code easy}, {@code medium} or {@code hard}
 * @param priority    1 (first) to 3
 * @param source      why
 */
public record PriorityRow(String gain, String feasibility, int priority, String source) {
}
