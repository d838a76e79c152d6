package org.eit.rules.compatibility;

import org.eit.core.unit.Dimension;

/**
 * A resource of the taxonomy as the compatibility rules see it.
 *
 * @param id        the resource id
 * @param unit      its default unit's symbol
 * @param dimension what its unit measures (mass, energy, volume...)
 * @param hazardous whether it is hazardous waste
 */
public record ResourceFact(String id, String unit, Dimension dimension, boolean hazardous) {
}
