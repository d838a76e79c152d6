package org.eit.core.resource;

import java.util.Locale;
import java.util.Optional;

/** The broad nature of a resource, which decides how it can be exchanged or shared. */
public enum ResourceKind {
    /** raw or manufactured material */
    MATERIAL,
    /** waste or by-product */
    WASTE,
    /** heat, steam, cold, electricity, fuels */
    ENERGY,
    /** water by quality and use, effluents */
    WATER,
    /** equipment or idle capacity (machines, vehicles, storage space) */
    EQUIPMENT,
    /** a service bought or shared (collection, purchasing, security, catering, childcare, training) */
    SERVICE,
    /** land, premises, parking */
    LAND,
    /** skills and staff time */
    STAFF,
    /** logistics and mobility */
    LOGISTICS;

    /** Kinds whose exchange is sharing a capacity or a service rather than moving matter or energy. */
    public boolean isShared() {
        return this == EQUIPMENT || this == SERVICE || this == LAND || this == STAFF || this == LOGISTICS;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResourceKind> parse(String text) {
        for (ResourceKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
