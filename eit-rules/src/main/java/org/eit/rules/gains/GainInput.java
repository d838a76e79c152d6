package org.eit.rules.gains;

import java.util.List;
import org.eit.core.api.FactorUse;
import org.eit.core.model.Confidence;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.spi.Parameters;

/**
 * What a gain calculator knows of one retained synergy.
 *
 * @param finding    the synergy as detection found it
 * @param offer      its offer (a pair), or null
 * @param demand     its demand (a pair), or null
 * @param members    the demands of a group sharing a need, or empty
 * @param quantity   what the allocation gave it a year, in the finding's unit, with its uncertainty; null when not
 *                   sized
 * @param offerUsed  the offer's part it uses, in the offer's unit, with the same uncertainty; null when not sized
 * @param uncertainty the share the quantities are widened by, from the flows' confidence
 * @param tables     the factors and prices
 * @param parameters the territory's parameters
 */
public record GainInput(Finding finding, FlowFact offer, FlowFact demand, List<FlowFact> members, Range quantity,
                        Range offerUsed, double uncertainty, GainTables tables, Parameters parameters) {
    public GainInput {
        members = List.copyOf(members);
    }

    /** True for an offer and a demand; false for a group sharing a need. */
    public boolean isPair() {
        return offer != null && demand != null;
    }

    /** Where the quantity's uncertainty comes from, for traces. */
    public FactorUse uncertaintySource() {
        Confidence confidence = finding.confidence();
        return new FactorUse("parameter", GainsStage.uncertaintyParameter(confidence),
                "eit convention: quantities " + Math.round(uncertainty * 100) + " % either way for "
                        + confidence.id() + " confidence", null, null);
    }
}
