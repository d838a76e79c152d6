package org.eit.core.api;

/** The two families of synergies of industrial and territorial ecology. */
public enum SynergyKind {
    /** one actor's output replaces another actor's input (waste becoming a resource, waste heat, water cascading) */
    SUBSTITUTION,
    /** several actors share a need or a capacity (collection, purchasing, equipment, staff, logistics) */
    POOLING;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() {
        return id;
    }
}
