package org.eit.rules.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations of {@code gains/preparation-costs.csv} that a substitution row's preparation names, as its
 * {@code preparation_ops} column writes them: ids separated by {@code ;}. {@code none} says the preparation names no
 * operation to cost (none, a blend limit); {@code other} after ids says the text names further operations that no
 * row of the table costs. An empty cell says nothing is known: the preparation is not valued.
 *
 * @param operations the ids of {@code preparation-costs.csv} rows, in the order written
 * @param nothing    true for {@code none}: there is no operation to cost
 * @param others     true when the text names operations besides {@code operations} that have no cost row
 */
public record PreparationOps(List<String> operations, boolean nothing, boolean others) {
    /** The word for a preparation with no operation to cost. */
    public static final String NONE = "none";
    /** The word for operations the table does not cost. */
    public static final String OTHER = "other";
    /** An empty cell: nothing known. */
    public static final PreparationOps UNKNOWN = new PreparationOps(List.of(), false, false);

    public PreparationOps {
        operations = List.copyOf(operations);
    }

    /**
     * The cell's operations, or null when it mixes {@code none} with anything else (the reader reports it). Ids are
     * trimmed; empty parts are skipped.
     */
    public static PreparationOps parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return UNKNOWN;
        }
        List<String> ids = new ArrayList<>();
        boolean nothing = false;
        boolean others = false;
        for (String part : cell.split(";")) {
            String id = part.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (id.equals(NONE)) {
                nothing = true;
            } else if (id.equals(OTHER)) {
                others = true;
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (nothing && (others || !ids.isEmpty())) {
            return null;
        }
        return new PreparationOps(ids, nothing, others);
    }

    /** True when no operation is costed: an empty cell or {@code other} alone. */
    public boolean unvalued() {
        return operations.isEmpty() && !nothing;
    }
}
