package org.eit.rules.detection;

import java.util.List;
import org.eit.rules.facts.Reason;

/**
 * A rule of pooling found a group of actors sharing a need of {@code theme}. Groups of one theme with the same
 * actors (a cardboard collection and a plastics collection among the same three firms) become one finding.
 */
public record GroupProposal(Reason reason, PoolingTheme theme, List<PoolMember> members) {
    public GroupProposal {
        members = List.copyOf(members);
    }
}
