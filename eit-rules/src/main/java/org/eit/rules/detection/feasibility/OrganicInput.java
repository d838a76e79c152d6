package org.eit.rules.detection.feasibility;

/**
 * A row of {@code organic-inputs.csv}: whether a certified organic farm may take {@code resource} (or what lies
 * below it) for {@code outlet} (spreading, feed...), under Regulation (EU) 2018/848 and its implementing
 * Regulation (EU) 2021/1165.
 */
public record OrganicInput(String resource, String outlet, Permission permission) {
}
