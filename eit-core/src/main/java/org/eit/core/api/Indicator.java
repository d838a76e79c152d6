package org.eit.core.api;

import java.util.Objects;

/**
 * A figure of the territorial diagnostic, computed from the territory and its synergies: actors by kind, data
 * coverage, tonnage without outlet, the network's dependence on one actor... The AFOM rules read them.
 *
 * @param id      a stable id ({@code actors.companies}, {@code coverage.declared-share})
 * @param label   what it measures, in French and English
 * @param value   its value, or null when it cannot be computed
 * @param unit    its unit ({@code %}, {@code t/yr}, {@code actors}...), or empty for a count
 * @param basis   how it was computed, readable by a person
 * @param rule    the rule or the stage that computed it
 */
public record Indicator(String id, LocalizedText label, Double value, String unit, String basis, String rule) {
    public Indicator {
        Objects.requireNonNull(id, "Indicator.id");
        Objects.requireNonNull(label, "Indicator.label");
        unit = unit == null ? "" : unit;
    }
}
