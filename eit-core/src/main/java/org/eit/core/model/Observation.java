package org.eit.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an interview or a meeting revealed, as the study lead noted it ({@code observations.csv}): an existing
 * business club, a landfill closing, a planned heat network, a reluctant key actor, a new regulation. The rules of
 * the diagnostic read them (by theme and tags) to place them in the AFOM analysis and the action programme.
 *
 * @param id      the observation's id
 * @param actorId the actor it is about, or null for the territory as a whole
 * @param theme   what it is about, one folded word ({@code network}, {@code infrastructure}, {@code regulation},
 *                {@code project}, {@code actor}, {@code market}, {@code land}...)
 * @param text    what was seen or said, in the study's language
 * @param tags    words the rules match on ({@code business-club}, {@code landfill-closing}, {@code reluctant}...),
 *                folded
 * @param date    when, or null
 * @param source  who said it or where it comes from (an interview, a meeting, a document), or empty
 */
public record Observation(String id, String actorId, String theme, String text, List<String> tags, LocalDate date,
                          String source) {
    public Observation {
        Actor.requireText(id, "Observation.id");
        Actor.requireText(theme, "Observation.theme");
        Objects.requireNonNull(text, "Observation.text");
        tags = List.copyOf(tags);
        source = source == null ? "" : source;
        actorId = Actor.blankToNull(actorId);
    }

    /** Whether the observation carries {@code tag}. */
    public boolean tagged(String tag) {
        return tags.contains(tag);
    }
}
