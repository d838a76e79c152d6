package org.eit.core.api;

import java.util.List;
import java.util.Objects;

/**
 * Whether a synergy is retained once offers and needs are shared out, and how much of each it takes. Offers and
 * needs are finite: the retained synergies together use no offer beyond its quantity and cover no need beyond its
 * quantity; the others are alternatives, with the reason.
 *
 * @param status     retained or alternative
 * @param quantity   the quantity allocated to it, in the synergy's unit, per year; null when not sized
 * @param offerShare the share of the offer it uses (0 to 1), or null
 * @param needShare  the share of the need it covers (0 to 1), or null
 * @param reason     why it is an alternative, or why it is retained for less than it could take; null otherwise
 * @param competing  the retained synergies that took the offer or the need first (alternatives and partial ones)
 */
public record Allocation(Status status, Double quantity, Double offerShare, Double needShare, LocalizedText reason,
                         List<String> competing) {
    /** Retained or not. */
    public enum Status {
        RETAINED, ALTERNATIVE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Allocation {
        Objects.requireNonNull(status, "Allocation.status");
        competing = List.copyOf(competing);
    }

    public boolean retained() {
        return status == Status.RETAINED;
    }
}
