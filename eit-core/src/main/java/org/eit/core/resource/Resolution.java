package org.eit.core.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the resolver made of a text: the resource it found and how, or why it could not decide, with the closest
 * candidates.
 *
 * @param text       the text as written
 * @param status     resolved, ambiguous (several fit equally) or unresolved (nothing fits well)
 * @param resourceId the resource, when resolved
 * @param method     how it was found
 * @param matched    the name or code that matched ("drêches de brasserie", "10 01 05")
 * @param score      how well it matched, from 0 to 1 (1: a name or code exactly)
 * @param candidates the closest resources, best first (for "did you mean")
 * @param wasteCode  the List of Waste entry when the text was a code or matched an entry's wording, else null
 * @param notes      how the text had to be read to resolve (a purpose set aside, a broader resource taken...), for
 *                   a person to check
 */
public record Resolution(String text, Status status, String resourceId, Method method, String matched,
                         double score, List<Candidate> candidates, WasteCode wasteCode, List<Note> notes) {

    public Resolution {
        Objects.requireNonNull(status, "Resolution.status");
        candidates = List.copyOf(candidates);
        notes = List.copyOf(notes);
        if (status == Status.RESOLVED && resourceId == null) {
            throw new IllegalArgumentException("Resolution.resourceId is required when resolved");
        }
    }

    public Resolution(String text, Status status, String resourceId, Method method, String matched, double score,
                      List<Candidate> candidates, WasteCode wasteCode) {
        this(text, status, resourceId, method, matched, score, candidates, wasteCode, List.of());
    }

    /** This resolution with {@code note} added (once). */
    public Resolution with(Note note) {
        if (notes.contains(note)) {
            return this;
        }
        List<Note> more = new ArrayList<>(notes);
        more.add(note);
        return new Resolution(text, status, resourceId, method, matched, score, candidates, wasteCode, more);
    }

    /** This resolution for {@code written}, the text as the user wrote it (when a part of it was resolved). */
    public Resolution forText(String written) {
        return new Resolution(written, status, resourceId, method, matched, score, candidates, wasteCode, notes);
    }

    public boolean isResolved() {
        return status == Status.RESOLVED;
    }

    public Optional<String> resource() {
        return Optional.ofNullable(resourceId);
    }

    /** Whether a text named a resource or had to be read as a description. */
    public enum Method {
        /** the resource id itself */
        ID,
        /** a French or English label, exactly (after folding case, accents, plurals and word order) */
        LABEL,
        /** a synonym, exactly */
        SYNONYM,
        /** a List of Waste code */
        WASTE_CODE,
        /** the words of a description, closest name */
        DESCRIPTION
    }

    /** A way of reading the text that the resolution needed beyond matching its words. */
    public enum Note {
        /** the text named a use or an origin ("vapeur pour le nettoyage", "sawdust from the joinery"): resolved on
         * what is offered or needed, the rest set aside */
        QUALIFIER_SET_ASIDE,
        /** a trailing tag in brackets ("Fly ash [S-12]") was set aside */
        TAG_SET_ASIDE,
        /** only the part in brackets could be placed (a trade name followed by its chemical name) */
        BRACKETS_READ,
        /** the text fits a resource and some of its narrower ones equally well: the broader one they share is
         * taken */
        BROADER_SHARED,
        /** a word was read as a misspelling of a word one letter away */
        TYPO_CORRECTED,
        /** the text matched the wording of a List of Waste entry */
        WASTE_CODE_WORDING
    }

    public enum Status {
        RESOLVED,
        AMBIGUOUS,
        UNRESOLVED
    }

    /** A resource the text may mean, with the name that came closest. */
    public record Candidate(String resourceId, String name, double score) {
    }
}
