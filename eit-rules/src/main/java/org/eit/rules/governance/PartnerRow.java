package org.eit.rules.governance;

import org.eit.core.api.LocalizedText;

/**
 * A row of {@code technical-partners.csv}: a technical partner and what calls for it.
 *
 * @param id      its id
 * @param name    who it is
 * @param role    what it brings
 * @param when    what calls for it: {@code always}; {@code family:X} (a retained synergy moves a resource of
 *                family X); {@code condition:TEXT} (a synergy's condition names TEXT: a rule of feasibility);
 *                {@code kind:pooling} or {@code kind:substitution}; {@code actor:KIND} (an involved actor of that
 *                kind); {@code tag:X} (an observation's tag)
 * @param source  where the partner's role is described
 */
public record PartnerRow(String id, LocalizedText name, LocalizedText role, String when, String source) {
}
