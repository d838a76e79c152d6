package org.eit.rules.afom;

import org.eit.core.api.LocalizedText;

/**
 * A row of {@code afom-thresholds.csv}: a threshold the AFOM rules compare an indicator with. A territory changes
 * one by giving a row of the same id in its own table.
 *
 * @param id          what the rules name it by ({@code coverage-min})
 * @param value       its value
 * @param unit        its unit, as the indicator's
 * @param description what it decides, in French and English
 * @param source      where the value comes from (a guide, a practitioner's rule of thumb)
 */
public record Threshold(String id, double value, String unit, LocalizedText description, String source) {
}
