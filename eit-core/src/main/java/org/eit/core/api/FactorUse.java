package org.eit.core.api;

import java.util.Objects;

/**
 * A row of a knowledge table (or a parameter, or an actor's declaration) a gain was computed with.
 *
 * @param table    the table's file ({@code prices.csv}), {@code parameter}, or {@code declared}
 * @param key      the row's key in the table ({@code wood-fuel-chips}, {@code truck mass}), or the parameter's name
 * @param source   where the figure comes from
 * @param sourceId the source's identifier (an ADEME Base Carbone id), or null
 * @param year     the year of the figure, or null
 */
public record FactorUse(String table, String key, String source, String sourceId, Integer year) {
    public FactorUse {
        Objects.requireNonNull(table, "FactorUse.table");
        Objects.requireNonNull(key, "FactorUse.key");
    }
}
