package org.eit.core.api;

import java.util.List;
import java.util.Objects;

/**
 * A technical partner of the approach (the regional ADEME office, the chamber of agriculture, the veterinary
 * services...), listed because what the diagnostic found needs them: a heat loop needs a heat-fund adviser, an
 * animal by-product exchange needs the veterinary services' approval.
 *
 * @param id        the partner's id in the knowledge table
 * @param name      who they are, in French and English
 * @param role      what they bring to the approach, in French and English
 * @param why       why the diagnostic lists them here, in French and English
 * @param synergies the synergies (their ids) that call for them, empty when the approach as a whole does
 * @param rule      the rule or table row that listed them
 */
public record TechnicalPartner(String id, LocalizedText name, LocalizedText role, LocalizedText why,
                               List<String> synergies, String rule) {
    public TechnicalPartner {
        Objects.requireNonNull(id, "TechnicalPartner.id");
        Objects.requireNonNull(name, "TechnicalPartner.name");
        Objects.requireNonNull(role, "TechnicalPartner.role");
        Objects.requireNonNull(why, "TechnicalPartner.why");
        synergies = List.copyOf(synergies);
    }
}
