package org.eit.core.resource;

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
 * @param wasteCode  the List of Waste entry when the text was a code, else null
 */
public record Resolution(String text, Status status, String resourceId, Method method, String matched,
                         double score, List<Candidate> candidates, WasteCode wasteCode) {

    public Resolution {
        Objects.requireNonNull(status, "Resolution.status");
        candidates = List.copyOf(candidates);
        if (status == Status.RESOLVED && resourceId == null) {
            throw new IllegalArgumentException("Resolution.resourceId is required when resolved");
        }
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

    public enum Status {
        RESOLVED,
        AMBIGUOUS,
        UNRESOLVED
    }

    /** A resource the text may mean, with the name that came closest. */
    public record Candidate(String resourceId, String name, double score) {
    }
}
