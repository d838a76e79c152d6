package org.eit.rules.facts;

import java.util.List;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Observation;

/**
 * An observation of the study ({@code observations.csv}) as the diagnostic's rules see it: what was noted, about
 * whom, and whether that actor takes part in the retained synergies.
 *
 * @param id        the observation's id
 * @param actor     the actor it is about, or null for the territory
 * @param actorName that actor's name, or null
 * @param actorKind that actor's kind, or null
 * @param theme     what it is about ({@code network}, {@code infrastructure}, {@code regulation}...)
 * @param text      what was seen or said
 * @param tags      the words rules match on
 * @param synergies how many retained synergies the actor takes part in (0 for the territory)
 */
public record ObservationFact(String id, String actor, String actorName, ActorKind actorKind, String theme,
                              String text, List<String> tags, int synergies) {
    public ObservationFact {
        tags = List.copyOf(tags);
    }

    public static ObservationFact of(Observation o, String actorName, ActorKind actorKind, int synergies) {
        return new ObservationFact(o.id(), o.actorId(), actorName, actorKind, o.theme(), o.text(), o.tags(),
                synergies);
    }

    /** Whether the observation carries {@code tag}. */
    public boolean tagged(String tag) {
        return tags.contains(tag);
    }

    /**
     * The AFOM quadrant the study lead gave it by a tag ({@code strength} or {@code atout}, {@code weakness} or
     * {@code faiblesse}, {@code opportunity} or {@code opportunite}, {@code threat} or {@code menace}), or null.
     */
    public String quadrantTag() {
        for (String tag : tags) {
            switch (tag) {
                case "strength", "atout":
                    return "strength";
                case "weakness", "faiblesse":
                    return "weakness";
                case "opportunity", "opportunite":
                    return "opportunity";
                case "threat", "menace":
                    return "threat";
                default:
                    break;
            }
        }
        return null;
    }

    /** Whether it is about one actor rather than the territory. */
    public boolean aboutActor() {
        return actor != null;
    }
}
