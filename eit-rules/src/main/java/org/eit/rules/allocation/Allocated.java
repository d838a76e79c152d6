package org.eit.rules.allocation;

import java.util.List;
import org.eit.core.api.Allocation;

/**
 * What the allocation gave one finding (a pair).
 *
 * @param status     retained or alternative
 * @param quantity   the quantity allocated, in the finding's unit; null when not sized (or 0 for an alternative)
 * @param offerShare the share of the offer it uses, or null
 * @param needShare  the share of the need it covers, or null
 * @param reason     why it is an alternative or only partly retained ({@code offer-used}, {@code need-covered},
 *                   {@code unsized}, {@code partial-offer}, {@code partial-need}), or null
 * @param competing  the keys of the retained findings that took the offer or the need first
 * @param listed     whether the diagnostic lists it: every retained pair, and an alternative among the first
 *                   {@code allocation.alternatives-per-flow} of its offer or of its need
 */
public record Allocated(Allocation.Status status, Double quantity, Double offerShare, Double needShare,
                        String reason, List<String> competing, boolean listed) {
    public Allocated {
        competing = List.copyOf(competing);
    }

    public boolean retained() {
        return status == Allocation.Status.RETAINED;
    }
}
