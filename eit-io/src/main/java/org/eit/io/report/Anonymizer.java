package org.eit.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.api.Action;
import org.eit.core.api.AfomItem;
import org.eit.core.api.Allocation;
import org.eit.core.api.ApproachCost;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FactorUse;
import org.eit.core.api.FlowBalance;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Governance;
import org.eit.core.api.Indicator;
import org.eit.core.api.Justification;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.NetworkAssessment;
import org.eit.core.api.OpportunityNote;
import org.eit.core.api.RefusedPair;
import org.eit.core.api.Synergy;
import org.eit.core.api.TechnicalPartner;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.activity.Estimation;
import org.eit.core.internal.activity.LikelyTakers;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.FlowToClassify;
import org.eit.core.model.Observation;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problem;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.workspace.FlowClassification;

/**
 * {@code --anonymize}: the same territory and diagnostic with every actor under a stable pseudonym, so that a report
 * can be shared with firms that refuse to be named.
 *
 * <ul>
 *   <li>actors are numbered in the order of their ids ({@code A01}, {@code A02}...) and named by their kind and that
 *       number ({@code Entreprise A07}, {@code Firm A07}): the same territory always gives the same pseudonyms, and a
 *       reader still sees what kind of organisation takes part;</li>
 *   <li>the ids (a SIRET), the headcount and the free notes are dropped; positions are rounded to 0.01° (about
 *       1 km);</li>
 *   <li>every text of the diagnostic (explanations, formulas, reasons, warnings, the user's descriptions) has each
 *       actor's name and id replaced by its pseudonym, in the text's own language.</li>
 * </ul>
 *
 * The whole model is rewritten before any output is made, so every writer (HTML, Markdown, JSON, CSV, GeoJSON, the
 * console) gets the pseudonyms without knowing about them. The territory's own name is kept: it is what the study is
 * about, not one of its firms.
 */
public final class Anonymizer {
    /** 0.01° of latitude is 1.1 km, of longitude about 0.75 km in France. */
    private static final double ROUNDING = 100.0;

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> namesFr = new LinkedHashMap<>();
    private final Map<String, String> namesEn = new LinkedHashMap<>();
    private final Map<String, String> replacementFr = new LinkedHashMap<>();
    private final Map<String, String> replacementEn = new LinkedHashMap<>();
    private final Pattern words;
    private final Locale locale;

    private Anonymizer(Territory territory, Locale locale) {
        this.locale = locale;
        List<Actor> sorted = new ArrayList<>(territory.actors());
        sorted.sort(Comparator.comparing(Actor::id));
        int width = Math.max(2, String.valueOf(sorted.size()).length());
        for (int i = 0; i < sorted.size(); i++) {
            Actor actor = sorted.get(i);
            String pseudonym = "A" + "0".repeat(width - String.valueOf(i + 1).length()) + (i + 1);
            ids.put(actor.id(), pseudonym);
            namesFr.put(actor.id(), ReportTexts.text(Locale.FRENCH, "actor-kind." + actor.kind().id()) + " "
                    + pseudonym);
            namesEn.put(actor.id(), ReportTexts.text(Locale.ENGLISH, "actor-kind." + actor.kind().id()) + " "
                    + pseudonym);
        }
        // In free text, names first; ids only when they cannot be an ordinary number or word of a sentence.
        List<String> keys = new ArrayList<>();
        for (Actor actor : sorted) {
            if (actor.name().strip().length() >= 2) {
                String name = actor.name().strip();
                replacementFr.putIfAbsent(name, namesFr.get(actor.id()));
                replacementEn.putIfAbsent(name, namesEn.get(actor.id()));
                keys.add(name);
            }
        }
        for (Actor actor : sorted) {
            String id = actor.id();
            boolean safe = id.length() >= 3 && !(id.matches("\\d+") && id.length() < 9);
            if (safe && !replacementFr.containsKey(id)) {
                replacementFr.put(id, ids.get(id));
                replacementEn.put(id, ids.get(id));
                keys.add(id);
            }
        }
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternation = new StringBuilder();
        for (String key : keys) {
            alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(key));
        }
        words = keys.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** Pseudonyms for the actors of {@code territory}; plain texts (not bilingual) take {@code locale}'s words. */
    public static Anonymizer of(Territory territory, Locale locale) {
        return new Anonymizer(territory, locale);
    }

    /** The pseudonym id of an actor id; an id the territory does not list is scrubbed as text. */
    public String id(String actorId) {
        return actorId == null ? null : ids.getOrDefault(actorId, text(actorId));
    }

    /** The pseudonym name of an actor. */
    public String name(String actorId, Locale in) {
        return (org.eit.core.model.Language.of(in) == org.eit.core.model.Language.FR ? namesFr : namesEn)
                .get(actorId);
    }

    /** {@code text} with every actor's name and id replaced by its pseudonym, in the report's language. */
    public String text(String text) {
        return replace(text, org.eit.core.model.Language.of(locale) == org.eit.core.model.Language.FR
                ? replacementFr : replacementEn);
    }

    private String replace(String text, Map<String, String> replacements) {
        if (text == null || words == null) {
            return text;
        }
        Matcher m = words.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Each language with its own words: {@code Entreprise A07} in French, {@code Firm A07} in English. */
    public LocalizedText text(LocalizedText text) {
        return text == null ? null : new LocalizedText(replace(text.fr(), replacementFr),
                replace(text.en(), replacementEn));
    }

    private List<String> texts(List<String> values) {
        return values.stream().map(this::text).toList();
    }

    private List<String> actorIds(List<String> values) {
        return values.stream().map(this::id).toList();
    }

    private List<LocalizedText> localized(List<LocalizedText> values) {
        return values.stream().map(this::text).toList();
    }

    private static <T> List<T> map(List<T> values, Function<T, T> f) {
        return values.stream().map(f).toList();
    }

    // --- the territory ---

    public Territory territory(Territory t) {
        List<Actor> actors = map(t.actors(), a -> new Actor(id(a.id()), name(a.id(), locale), a.kind(),
                a.activity(), null, round(a.location()), text(a.zone()), attributes(a.attributes())));
        List<Flow> flows = map(t.flows(), this::flow);
        List<FlowToClassify> toClassify = map(t.toClassify(), this::toClassify);
        List<Observation> observations = map(t.observations(), o -> new Observation(text(o.id()), id(o.actorId()),
                o.theme(), text(o.text()), o.tags(), o.date(), text(o.source())));
        return new Territory(t.name(), t.language(), t.currency(), t.parameters(), actors, flows, toClassify,
                observations);
    }

    private Flow flow(Flow f) {
        return new Flow(text(f.id()), id(f.actorId()), f.direction(), f.resourceId(), text(f.description()),
                f.quantity(), f.temperatureC(), f.costPerUnit(), f.source(), f.confidence(), f.hazardous(),
                f.wasteCode(), "", attributes(f.attributes()));
    }

    private FlowToClassify toClassify(FlowToClassify f) {
        return new FlowToClassify(text(f.id()), id(f.actorId()), f.direction(), text(f.text()), f.field(),
                f.quantity(), f.candidates());
    }

    private Map<String, String> attributes(Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k, ids.containsKey(v) ? ids.get(v) : text(v)));
        return out;
    }

    private static GeoPoint round(GeoPoint p) {
        return p == null ? null : new GeoPoint(Math.round(p.latitude() * ROUNDING) / ROUNDING,
                Math.round(p.longitude() * ROUNDING) / ROUNDING);
    }

    public List<FlowClassification> classifications(List<FlowClassification> list) {
        return map(list, c -> new FlowClassification(text(c.flowId()), c.at(), text(c.text()), c.method(),
                c.resourceId(), c.matched(), c.score(), c.candidates()));
    }

    // --- the diagnostic ---

    public Diagnostic diagnostic(Diagnostic d) {
        return new Diagnostic(d.territory(), map(d.synergies(), this::synergy), map(d.alternatives(), this::synergy),
                map(d.internal(), this::synergy), map(d.refused(), this::refused), map(d.flows(), this::balance),
                network(d.network()), d.rulePacks(), map(d.warnings(), this::problem), d.partnersBeyond(),
                d.alternativesNotListed(),
                map(d.toClassify(), this::toClassify), gains(d.gains()), approach(d.approach()),
                map(d.indicators(), this::indicator), map(d.afom(), this::afom), map(d.actions(), this::action),
                governance(d.governance()), opportunity(d.opportunity()));
    }

    private Synergy synergy(Synergy s) {
        return new Synergy(s.id(), s.kind(), s.rules(), s.relation(), actorIds(s.actors()), texts(s.flows()),
                s.resource(), s.demandedResource(), s.quantity(), s.unit(), s.period(), text(s.quantityBasis()),
                s.distanceKm(), s.chertowType(), s.confidence(), text(s.explanation()), text(s.preparation()),
                text(s.source()), s.internal(), s.existing(), s.reachCriterion(), justification(s.reach()),
                map(s.conditions(), this::justification), allocation(s.allocation()), gains(s.gains()));
    }

    private Allocation allocation(Allocation a) {
        return a == null ? null : new Allocation(a.status(), a.quantity(), a.offerShare(), a.needShare(),
                text(a.reason()), a.competing());
    }

    private Justification justification(Justification j) {
        return j == null ? null : new Justification(j.rule(), j.reference(), text(j.text()));
    }

    private Gains gains(Gains g) {
        if (g == Gains.NONE) {
            return g;
        }
        return new Gains(map(g.economic(), this::figure), map(g.environmental(), this::figure),
                map(g.social(), this::figure), g.uneconomic(), localized(g.notes()));
    }

    private GainFigure figure(GainFigure f) {
        return f == null ? null : new GainFigure(f.name(), text(f.label()), f.low(), f.central(), f.high(), f.unit(),
                text(f.formula()), map(f.factors(), u -> new FactorUse(u.table(), text(u.key()), text(u.source()),
                u.sourceId(), u.year())));
    }

    private ApproachCost approach(ApproachCost a) {
        return a == null ? null : new ApproachCost(a.studyFte(), a.studyMonths(), text(a.studyFunding()),
                a.facilitationFte(), a.facilitationYears(), text(a.facilitationFunding()), figure(a.study()),
                figure(a.facilitationPerYear()), figure(a.total()));
    }

    private RefusedPair refused(RefusedPair p) {
        return new RefusedPair(text(p.offerFlow()), text(p.demandFlow()), actorIds(p.actors()), p.relation(),
                p.distanceKm(), map(p.reasons(), this::justification));
    }

    private FlowBalance balance(FlowBalance f) {
        return new FlowBalance(text(f.id()), id(f.actor()), f.direction(), f.resource(), f.quantity(), f.unit(),
                f.allocated(), f.retained(), f.partnersBeyond());
    }

    private NetworkAssessment network(NetworkAssessment n) {
        return n == null ? null : new NetworkAssessment(n.rule(), n.met(), actorIds(n.entities()), n.resources(),
                text(n.explanation()));
    }

    private Problem problem(Problem p) {
        List<Object> args = p.args().stream().map(a -> a instanceof String s ? (Object) text(s) : a).toList();
        return new Problem(p.severity(), p.code(), args, p.file(), p.line(), p.column(), p.field(), text(p.value()),
                p.catalog());
    }

    private Indicator indicator(Indicator i) {
        return new Indicator(text(i.id()), text(i.label()), i.value(), i.unit(), text(i.subject()), text(i.basis()),
                i.rule());
    }

    private AfomItem afom(AfomItem a) {
        return new AfomItem(text(a.id()), a.quadrant(), text(a.statement()), a.rule(), texts(a.evidence()),
                a.values());
    }

    private Action action(Action a) {
        return new Action(text(a.id()), text(a.title()), text(a.description()), a.type(), a.horizon(), a.priority(),
                id(a.lead()), actorIds(a.partners()), a.synergies(), texts(a.afom()), gains(a.gains()),
                text(a.indicator()), a.rule());
    }

    private Governance governance(Governance g) {
        return g == null ? null : new Governance(g.form(), text(g.recommendation()),
                map(g.reasons(), this::justification), map(g.partners(), p -> new TechnicalPartner(p.id(),
                text(p.name()), text(p.role()), text(p.why()), p.synergies(), p.rule())), g.rule());
    }

    private OpportunityNote opportunity(OpportunityNote n) {
        return n == null ? null : new OpportunityNote(text(n.verdict()), n.worthIt(), localized(n.paragraphs()),
                figure(n.netGain()), approach(n.cost()), texts(n.topActions()), actorIds(n.volunteers()),
                localized(n.nextSteps()));
    }

    // --- the estimation of a diagnostic V1 ---

    public WorkspaceEstimation estimation(WorkspaceEstimation e) {
        if (e == null) {
            return null;
        }
        Estimation.Result r = e.estimation();
        Map<String, org.eit.core.internal.activity.ActivityProfiles.Row> estimated = new LinkedHashMap<>();
        r.estimated().forEach((k, v) -> estimated.put(text(k), v));
        Map<String, String> profiled = new LinkedHashMap<>();
        r.profiled().forEach((k, v) -> profiled.put(id(k), v));
        Map<String, String> unprofiled = new LinkedHashMap<>();
        r.unprofiled().forEach((k, v) -> unprofiled.put(id(k), v));
        Map<String, List<String>> declared = new LinkedHashMap<>();
        r.declared().forEach((k, v) -> declared.put(id(k), v));
        List<LikelyTakers.Proposal> takers = map(e.takers(), p -> new LikelyTakers.Proposal(text(p.offer()),
                id(p.supplier()), p.resource(), id(p.taker()), p.activity(), p.demanded(), p.source(),
                p.distanceKm(), p.hasDemand()));
        return new WorkspaceEstimation(new Estimation.Result(territory(r.territory()), estimated, profiled,
                unprofiled, declared), takers, map(e.problems(), this::problem));
    }
}
