package org.eit.rules.compatibility;

import org.eit.core.api.LocalizedText;
import org.eit.rules.facts.PreparationOps;

/**
 * A row of {@code substitutions.csv}: an offered resource (or anything below it) can serve a demand for
 * {@code demanded}.
 *
 * @param offered          the offered resource
 * @param demanded         the demanded resource
 * @param ratio            units of the demanded resource (its default unit) one unit of the offered resource (its
 *                         default unit) replaces
 * @param minTemperatureC  lowest temperature of the offered flow for the substitution to hold, or null
 * @param maxTemperatureC  highest temperature of the offered flow, or null
 * @param hazardousAllowed whether a hazardous offer may be used this way
 * @param preparation      the preparation typically needed
 * @param preparationOps   the operations of {@code preparation-costs.csv} the preparation names
 * @param source           where the knowledge comes from
 * @param file             the table it was read from, and {@code line} its line: cited in explanations
 * @param order            the row's position among the rows in force: the first of equally good rows wins
 */
public record SubstitutionRow(String offered, String demanded, double ratio, Double minTemperatureC,
                              Double maxTemperatureC, boolean hazardousAllowed, LocalizedText preparation,
                              PreparationOps preparationOps, String source, String file, int line,
                              int order) {

    /** The row's source and where it is written: {@code ADEME 2019 (substitutions.csv:12)}. */
    public String citation() {
        return source + " (" + file + ":" + line + ")";
    }

    SubstitutionRow at(int position) {
        return new SubstitutionRow(offered, demanded, ratio, minTemperatureC, maxTemperatureC, hazardousAllowed,
                preparation, preparationOps, source, file, line, position);
    }
}
