package org.eit.rules.allocation;

/** A row of {@code hierarchy.csv}: where a use stands in the waste hierarchy (1 first). */
public record HierarchyRow(String outlet, int rank, String source) {
}
