package org.eit.core.api;

import java.util.List;
import java.util.Objects;

/**
 * One page saying whether an EIT approach is worth it here: the gains' range against the approach's cost, the top
 * actions, the governance, the volunteer actors to start with, and the next steps.
 *
 * @param verdict    the answer in one sentence, in French and English
 * @param worthIt    true when even the low net gain of the first years covers the approach's cost
 * @param paragraphs the note's text, in French and English
 * @param netGain    the territory's net gain a year (range)
 * @param cost       the approach's cost
 * @param topActions the first actions (their ids)
 * @param volunteers the actors to start with (their ids)
 * @param nextSteps  what to do next, in French and English
 */
public record OpportunityNote(LocalizedText verdict, boolean worthIt, List<LocalizedText> paragraphs,
                              GainFigure netGain, ApproachCost cost, List<String> topActions, List<String> volunteers,
                              List<LocalizedText> nextSteps) {
    public OpportunityNote {
        Objects.requireNonNull(verdict, "OpportunityNote.verdict");
        paragraphs = List.copyOf(paragraphs);
        topActions = List.copyOf(topActions);
        volunteers = List.copyOf(volunteers);
        nextSteps = List.copyOf(nextSteps);
    }
}
