package org.eit.rules.gains;

/**
 * A row of {@code transport.csv}: what moving one unit of mass (t) or volume (m3) one km costs by {@code mode}, and
 * what it emits.
 */
public record TransportRow(String mode, String dimension, Range costPerUnitKm, Range kgCo2ePerUnitKm, int year,
                           String source, String sourceId) {
    public static final String MASS = "mass";
    public static final String VOLUME = "volume";

    public String citation() {
        return source + (sourceId.isEmpty() ? "" : " [" + sourceId + "]") + ", " + year;
    }
}
