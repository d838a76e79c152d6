package org.eit.io.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eit.core.api.Synergy;
import org.eit.core.model.Actor;

/** Names for people: an actor's name from its id, a resource's label in the reports' language. */
final class Naming {
    private final ReportInputs inputs;
    private final Map<String, Actor> actors;

    Naming(ReportInputs inputs) {
        this.inputs = inputs;
        this.actors = inputs.territory().actorsById();
    }

    Locale locale() {
        return inputs.locale();
    }

    /** The actor's name, or its id when the territory does not list it. */
    String actor(String id) {
        if (id == null) {
            return "";
        }
        Actor actor = actors.get(id);
        return actor == null ? id : actor.name();
    }

    Actor actorOf(String id) {
        return actors.get(id);
    }

    List<String> actors(List<String> ids) {
        return ids.stream().map(this::actor).toList();
    }

    String resource(String id) {
        return id == null ? "" : inputs.taxonomy().find(id).map(r -> r.label(inputs.locale())).orElse(id);
    }

    /** The resource, and the one it replaces when they differ: {@code Sciure → Plaquettes forestières}. */
    String resources(Synergy s) {
        return s.demandedResource() == null || s.demandedResource().equals(s.resource()) ? resource(s.resource())
                : resource(s.resource()) + " → " + resource(s.demandedResource());
    }

    String text(String key, Object... args) {
        return ReportTexts.text(inputs.locale(), key, args);
    }

    /** The text of {@code prefix + id} when the catalog has one, else the id as it is. */
    String label(String prefix, String id) {
        if (id == null) {
            return "";
        }
        return ValidationReport.REPORT.has(prefix + id) ? text(prefix + id) : id;
    }

    /** Whether {@code s} is a group sharing a need rather than a pair. */
    static boolean pooling(Synergy s) {
        return s.relation() != null && s.relation().startsWith("pooling-theme");
    }
}
