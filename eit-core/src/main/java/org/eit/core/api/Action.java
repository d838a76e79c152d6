package org.eit.core.api;

import java.util.List;
import java.util.Objects;

/**
 * An action of the programme: what to do, who leads it and with whom, how soon, how much it may bring, and what to
 * follow it by. Actions group what belongs together (one heat loop for a business park, one shared collection for
 * six firms).
 *
 * @param id         stable: the rule and what it groups
 * @param title      what to do, in French and English
 * @param description why and how, in French and English
 * @param type       {@code quick-win}, {@code study}, {@code pilot}, {@code investment} or {@code facilitation}
 * @param horizon    {@code short} (under 6 months), {@code medium} (6 to 18 months) or {@code long}
 * @param priority   1 (first) to 3, from the gains × feasibility matrix
 * @param lead       the actor that leads it (an actor id), or null when the facilitator does
 * @param partners   the other actors involved
 * @param synergies  the synergies it carries out (their ids)
 * @param afom       the AFOM items it answers (their ids)
 * @param gains      what it may bring a year (the sum of its synergies'), or {@link Gains#NONE}
 * @param indicator  what to follow it by, in French and English
 * @param rule       the rule that made it
 */
public record Action(String id, LocalizedText title, LocalizedText description, String type, String horizon,
                     int priority, String lead, List<String> partners, List<String> synergies, List<String> afom,
                     Gains gains, LocalizedText indicator, String rule) {
    public Action {
        Objects.requireNonNull(id, "Action.id");
        Objects.requireNonNull(title, "Action.title");
        Objects.requireNonNull(type, "Action.type");
        Objects.requireNonNull(horizon, "Action.horizon");
        partners = List.copyOf(partners);
        synergies = List.copyOf(synergies);
        afom = List.copyOf(afom);
        gains = gains == null ? Gains.NONE : gains;
    }
}
