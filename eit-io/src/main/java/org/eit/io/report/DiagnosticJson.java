package org.eit.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.eit.core.api.SynergyKind;
import org.eit.core.api.TechnicalPartner;
import org.eit.core.internal.activity.ActivityProfiles;
import org.eit.core.internal.activity.Estimation;
import org.eit.core.internal.activity.LikelyTakers;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.FlowToClassify;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problem;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.workspace.FlowClassification;

/**
 * {@code diagnostic.json}: the diagnostic as data for other tools. Field order is fixed and lists keep the
 * diagnostic's stable order, so the same inputs give a byte-identical file and two diagnostic versions can be
 * compared with a plain diff. Numbers carry their unit and the formula that produced them.
 */
public final class DiagnosticJson {
    /** The version of this file's layout; raised when a field changes meaning or disappears. */
    public static final int FORMAT = 2;
    /** The JSON Schema of this file, shipped beside this class and in {@code docs/diagnostic.schema.json}. */
    public static final String SCHEMA = "diagnostic.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiagnosticJson() {
    }

    public static String write(Territory territory, Diagnostic diagnostic) {
        return write(territory, diagnostic, null);
    }

    /**
     * {@code diagnostic.json} of a territory completed by activity profiles: the same fields, and an
     * {@code estimation} object after them (absent when {@code estimation} is null) that lists the estimated flows
     * with their profile row, the synergies resting on them (each with a sentence saying so), and the likely takers of
     * every offer. Resources are named from the shipped taxonomy.
     */
    public static String write(Territory territory, Diagnostic diagnostic, WorkspaceEstimation estimation) {
        return write(new ReportInputs(territory, ResourceTaxonomy.shipped(), diagnostic, estimation, List.of(),
                territory.language().locale(), false));
    }

    /**
     * The full diagnostic, with the actors (names, kinds, zones, positions), the names of every resource it refers
     * to, and for each flow the user's words and how its resource was read from them. Its layout is described by
     * {@link #SCHEMA}.
     */
    public static String write(ReportInputs inputs) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(inputs, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Streams the file to {@code out}, one element of the large lists (actors, synergies, refused pairs, flows) at a
     * time, so that a region's diagnostic is never held in memory a second time as text or as a tree. The bytes are
     * those of the whole tree written at once.
     */
    public static void write(ReportInputs inputs, Writer out) throws IOException {
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            write(inputs, gen);
        }
    }

    /** The file as {@link Reports.Content}: written straight to bytes by Jackson's UTF-8 generator when it can. */
    public static Reports.Content content(ReportInputs inputs) {
        return new Reports.Content() {
            @Override
            public void write(Writer out) throws IOException {
                DiagnosticJson.write(inputs, out);
            }

            @Override
            public void write(java.io.OutputStream out) throws IOException {
                try (JsonGenerator gen = MAPPER.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                    DiagnosticJson.write(inputs, gen);
                }
            }
        };
    }

    private static void write(ReportInputs inputs, JsonGenerator gen) throws IOException {
        Territory territory = inputs.territory();
        Diagnostic diagnostic = inputs.diagnostic();
        WorkspaceEstimation estimation = inputs.estimation();
        gen.setPrettyPrinter(new DefaultPrettyPrinter());
        // The caller's writer or stream stays open: others may follow in it, and the caller closes it.
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.writeStartObject();
        ObjectNode head = NODES.objectNode();
        head.put("generator", "eit");
        head.put("format", FORMAT);
        head.put("territory", diagnostic.territory());
        head.put("language", territory.language().code());
        head.put("currency", territory.currency());
        head.put("anonymized", inputs.anonymized());
        strings(head, "rulePacks", diagnostic.rulePacks());
        ObjectNode counts = head.putObject("counts");
        counts.put("actors", territory.actors().size());
        counts.put("flows", territory.flows().size());
        counts.put("synergies", diagnostic.synergies().size());
        counts.put("substitution", diagnostic.synergies().stream()
                .filter(s -> s.kind() == SynergyKind.SUBSTITUTION).count());
        counts.put("pooling", diagnostic.synergies().stream().filter(s -> s.kind() == SynergyKind.POOLING)
                .count());
        counts.put("internal", diagnostic.internal().size());
        counts.put("alternatives", diagnostic.alternatives().size());
        counts.put("alternativesNotListed", diagnostic.alternativesNotListed());
        counts.put("refused", diagnostic.refused().size());
        counts.put("partnersBeyond", diagnostic.partnersBeyond());
        counts.put("toClassify", diagnostic.toClassify().size());
        fields(gen, head);
        array(gen, "actors", territory.actors().stream().sorted(java.util.Comparator.comparing(Actor::id))
                .toList(), DiagnosticJson::actor);
        gen.writeFieldName("resources");
        gen.writeTree(resources(NODES.arrayNode(), inputs));
        com.fasterxml.jackson.databind.SerializerProvider provider = MAPPER.getSerializerProviderInstance();
        for (var list : List.of(Map.entry("synergies", diagnostic.synergies()),
                Map.entry("alternatives", diagnostic.alternatives()),
                Map.entry("internal", diagnostic.internal()))) {
            gen.writeArrayFieldStart(list.getKey());
            for (Synergy s : list.getValue()) {
                synergy(gen, s, estimation, provider);
            }
            gen.writeEndArray();
        }
        array(gen, "refused", diagnostic.refused(), DiagnosticJson::refused);
        Map<String, Flow> declared = new java.util.HashMap<>();
        territory.flows().forEach(f -> declared.put(f.id(), f));
        Map<String, FlowClassification> readAs = new java.util.HashMap<>();
        inputs.classifications().forEach(c -> readAs.putIfAbsent(c.flowId(), c));
        array(gen, "flows", diagnostic.flows(), (node, flow) -> flow(node, flow, declared.get(flow.id()),
                readAs.get(flow.id())));
        ObjectNode tail = NODES.objectNode();
        ArrayNode unclear = tail.putArray("toClassify");
        for (FlowToClassify flow : diagnostic.toClassify()) {
            ObjectNode node = unclear.addObject();
            node.put("id", flow.id());
            node.put("actor", flow.actorId());
            node.put("direction", flow.direction().id());
            node.put("field", flow.field());
            node.put("text", flow.text());
            strings(node, "candidates", flow.candidates());
        }
        gains(tail.putObject("gains"), diagnostic.gains());
        ApproachCost approach = diagnostic.approach();
        if (approach == null) {
            tail.putNull("approach");
        } else {
            ObjectNode node = tail.putObject("approach");
            node.put("studyFte", approach.studyFte());
            node.put("studyMonths", approach.studyMonths());
            node.put("studyFunding", approach.studyFunding());
            node.put("facilitationFte", approach.facilitationFte());
            node.put("facilitationYears", approach.facilitationYears());
            node.put("facilitationFunding", approach.facilitationFunding());
            figure(node.putObject("study"), approach.study());
            figure(node.putObject("facilitationPerYear"), approach.facilitationPerYear());
            figure(node.putObject("total"), approach.total());
        }
        diagnosticParts(tail, diagnostic);
        NetworkAssessment network = diagnostic.network();
        if (network == null) {
            tail.putNull("network");
        } else {
            ObjectNode node = tail.putObject("network");
            node.put("rule", network.rule());
            node.put("chertow32Met", network.met());
            strings(node, "entities", network.entities());
            strings(node, "resources", network.resources());
            text(node, "explanation", network.explanation());
        }
        ArrayNode warnings = tail.putArray("warnings");
        for (Problem problem : diagnostic.warnings()) {
            ObjectNode node = warnings.addObject();
            node.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
            node.put("code", problem.code());
            node.put("file", problem.file());
            node.put("line", problem.line());
            node.put("column", problem.column());
            node.put("field", problem.field());
            node.put("value", problem.value());
            text(node, "message", new LocalizedText(problem.message(Locale.FRENCH),
                    problem.message(Locale.ENGLISH)));
        }
        if (estimation != null) {
            estimation(tail.putObject("estimation"), diagnostic, estimation);
        }
        fields(gen, tail);
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
    }

    /** Writes every field of {@code part} into the object being written. */
    private static void fields(JsonGenerator gen, ObjectNode part) throws IOException {
        var it = part.fields();
        while (it.hasNext()) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = it.next();
            gen.writeFieldName(field.getKey());
            gen.writeTree(field.getValue());
        }
    }

    /**
     * An array field written one element at a time: each element is made as a small tree, written, dropped. The
     * trees are written by one serializer provider (what {@code writeTree} does, without making one per element).
     */
    private static <T> void array(JsonGenerator gen, String name, List<T> items,
                                  java.util.function.BiConsumer<ObjectNode, T> fill) throws IOException {
        com.fasterxml.jackson.databind.SerializerProvider provider = MAPPER.getSerializerProviderInstance();
        gen.writeArrayFieldStart(name);
        for (T item : items) {
            ObjectNode node = NODES.objectNode();
            fill.accept(node, item);
            node.serialize(gen, provider);
        }
        gen.writeEndArray();
    }

    private static void refused(ObjectNode node, RefusedPair pair) {
        node.put("offerFlow", pair.offerFlow());
        node.put("demandFlow", pair.demandFlow());
        strings(node, "actors", pair.actors());
        node.put("relation", pair.relation());
        node.put("distanceKm", pair.distanceKm());
        justifications(node.putArray("reasons"), pair.reasons());
    }

    private static void flow(ObjectNode node, FlowBalance flow, Flow source, FlowClassification c) {
        node.put("id", flow.id());
        node.put("actor", flow.actor());
        node.put("direction", flow.direction().id());
        node.put("resource", flow.resource());
        node.put("quantity", flow.quantity());
        node.put("unit", flow.unit());
        node.put("period", flow.quantity() == null ? null : "year");
        node.put("allocated", flow.allocated());
        node.put("retainedSynergies", flow.retained());
        node.put("partnersBeyond", flow.partnersBeyond());
        node.put("description", source == null || source.description().isEmpty() ? null : source.description());
        if (c == null) {
            node.putNull("readAs");
        } else {
            ObjectNode read = node.putObject("readAs");
            read.put("method", c.method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            read.put("text", c.text());
            read.put("matched", c.matched());
            read.put("score", significant(c.score()));
        }
    }

    /** The actors by id (not in the rows' order, which may change): what a reader needs to name and place them. */
    private static void actor(ObjectNode node, Actor actor) {
        node.put("id", actor.id());
        node.put("name", actor.name());
        node.put("kind", actor.kind().id());
        node.put("activity", actor.activity());
        node.put("zone", actor.zone());
        if (actor.location() == null) {
            node.putNull("latitude");
            node.putNull("longitude");
        } else {
            node.put("latitude", actor.location().latitude());
            node.put("longitude", actor.location().longitude());
        }
    }

    /** Every resource the diagnostic names, by id, with its French and English labels. */
    private static ArrayNode resources(ArrayNode array, ReportInputs inputs) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        Diagnostic d = inputs.diagnostic();
        inputs.territory().flows().forEach(f -> ids.add(f.resourceId()));
        for (List<Synergy> list : List.of(d.synergies(), d.alternatives(), d.internal())) {
            for (Synergy s : list) {
                ids.add(s.resource());
                if (s.demandedResource() != null) {
                    ids.add(s.demandedResource());
                }
            }
        }
        d.flows().forEach(f -> ids.add(f.resource()));
        d.toClassify().forEach(f -> ids.addAll(f.candidates()));
        if (d.network() != null) {
            ids.addAll(d.network().resources());
        }
        for (String id : ids) {
            ObjectNode node = array.addObject();
            node.put("id", id);
            Resource r = inputs.taxonomy().find(id).orElse(null);
            node.put("parent", r == null ? null : r.parent());
            node.put("kind", r == null ? null : r.kind().id());
            text(node, "label", r == null ? new LocalizedText(id, id) : new LocalizedText(r.labelFr(), r.labelEn()));
        }
        return array;
    }

    private static void estimation(ObjectNode node, Diagnostic diagnostic, WorkspaceEstimation estimation) {
        Estimation.Result result = estimation.estimation();
        node.put("basis", "activity-profiles");
        text(node, "caution", new LocalizedText(
                "Flux estimés d'après le code d'activité : le code seul donne de fausses correspondances et aucun "
                        + "dimensionnement ; ils servent à choisir qui interroger et quoi demander.",
                "Flows estimated from the activity code: the code alone gives false matches and no sizing; they serve "
                        + "to decide whom to interview and what to ask."));
        ObjectNode counts = node.putObject("counts");
        counts.put("estimatedFlows", result.estimated().size());
        counts.put("actorsProfiled", result.profiled().size());
        counts.put("actorsWithoutProfile", result.unprofiled().size());
        long onEstimates = diagnostic.synergies().stream().filter(estimation::restsOnEstimates).count();
        counts.put("synergiesOnDeclaredData", diagnostic.synergies().size() - onEstimates);
        counts.put("synergiesOnEstimates", onEstimates);
        counts.put("internalOnEstimates", diagnostic.internal().stream().filter(estimation::restsOnEstimates)
                .count());
        counts.put("likelyTakers", estimation.takers().size());
        ArrayNode flows = node.putArray("flows");
        Map<String, Flow> byId = new java.util.HashMap<>();
        result.territory().flows().forEach(f -> byId.put(f.id(), f));
        for (Map.Entry<String, ActivityProfiles.Row> entry : result.estimated().entrySet()) {
            Flow flow = byId.get(entry.getKey());
            ActivityProfiles.Row row = entry.getValue();
            ObjectNode f = flows.addObject();
            f.put("id", flow.id());
            f.put("actor", flow.actorId());
            f.put("direction", flow.direction().id());
            f.put("resource", flow.resourceId());
            if (flow.quantity() == null) {
                f.putNull("quantity");
                f.putNull("unit");
            } else {
                f.put("quantity", flow.quantity().value());
                f.put("unit", flow.quantity().unit().symbol());
            }
            f.put("profile", row.activity());
            f.put("perEmployee", row.perEmployee());
            f.put("typical", row.confidence().id());
            f.put("source", row.source());
        }
        ArrayNode synergies = node.putArray("synergiesOnEstimates");
        List<Synergy> listed = new java.util.ArrayList<>(diagnostic.synergies());
        listed.addAll(diagnostic.internal());
        for (Synergy s : listed) {
            if (!estimation.restsOnEstimates(s)) {
                continue;
            }
            ObjectNode n = synergies.addObject();
            n.put("id", s.id());
            strings(n, "estimatedFlows", estimation.estimatedFlows(s));
            String profiles = String.join(", ", estimation.profilesOf(s));
            text(n, "note", new LocalizedText(
                    "Repose sur des flux estimés d'après le profil d'activité " + profiles + " : à confirmer en "
                            + "entretien avant de la présenter.",
                    "Rests on flows estimated from activity profile " + profiles + ": to confirm in interview before "
                            + "presenting it."));
        }
        ArrayNode takers = node.putArray("likelyTakers");
        for (LikelyTakers.Proposal p : estimation.takers()) {
            ObjectNode t = takers.addObject();
            t.put("offer", p.offer());
            t.put("supplier", p.supplier());
            t.put("resource", p.resource());
            t.put("taker", p.taker());
            t.put("profile", p.activity());
            t.put("demandedResource", p.demanded());
            t.put("distanceKm", p.distanceKm());
            t.put("offerHasDeclaredDemand", p.hasDemand());
            t.put("source", p.source());
        }
    }

    /**
     * A synergy, written straight to the generator: the bulk of a region's file, so not made as a tree first (its
     * gains are, being a few figures; the small helpers below are the streaming twins of the tree ones). The same bytes as the tree of its fields. With {@code estimation}, each
     * synergy also says whether it rests on an estimated flow.
     */
    private static void synergy(JsonGenerator g, Synergy s, WorkspaceEstimation estimation,
                                com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("kind", s.kind().id());
        strings(g, "rules", s.rules());
        g.writeStringField("relation", s.relation());
        g.writeBooleanField("existing", s.existing());
        strings(g, "flows", s.flows());
        strings(g, "actors", s.actors());
        g.writeStringField("resource", s.resource());
        g.writeStringField("demandedResource", s.demandedResource());
        number(g, "quantity", s.quantity());
        g.writeStringField("unit", s.unit());
        g.writeStringField("period", s.period());
        g.writeStringField("quantityBasis", s.quantityBasis());
        number(g, "distanceKm", s.distanceKm());
        g.writeNumberField("chertowType", s.chertowType());
        g.writeStringField("confidence", s.confidence().id());
        text(g, "explanation", s.explanation());
        text(g, "preparation", s.preparation());
        g.writeStringField("source", s.source());
        g.writeStringField("reachCriterion", s.reachCriterion());
        if (s.reach() == null) {
            g.writeNullField("reach");
        } else {
            g.writeFieldName("reach");
            justification(g, s.reach());
        }
        g.writeArrayFieldStart("conditions");
        for (Justification j : s.conditions()) {
            justification(g, j);
        }
        g.writeEndArray();
        Allocation a = s.allocation();
        if (a == null) {
            g.writeNullField("allocation");
        } else {
            g.writeObjectFieldStart("allocation");
            g.writeStringField("status", a.status().id());
            number(g, "quantity", a.quantity());
            number(g, "offerShare", a.offerShare());
            number(g, "needShare", a.needShare());
            text(g, "reason", a.reason());
            strings(g, "competing", a.competing());
            g.writeEndObject();
        }
        ObjectNode gains = NODES.objectNode();
        gains(gains, s.gains());
        g.writeFieldName("gains");
        gains.serialize(g, provider);
        if (estimation != null) {
            g.writeBooleanField("restsOnEstimates", estimation.restsOnEstimates(s));
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value.doubleValue());
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String field, LocalizedText text) throws IOException {
        if (text == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("fr", text.fr());
        g.writeStringField("en", text.en());
        g.writeEndObject();
    }

    private static void justification(JsonGenerator g, Justification j) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", j.rule());
        g.writeStringField("reference", j.reference());
        text(g, "text", j.text());
        g.writeEndObject();
    }

    /** The territorial diagnostic: indicators, AFOM, actions, governance, opportunity note. */
    private static void diagnosticParts(ObjectNode root, Diagnostic diagnostic) {
        ArrayNode indicators = root.putArray("indicators");
        for (Indicator i : diagnostic.indicators()) {
            ObjectNode node = indicators.addObject();
            node.put("id", i.id());
            text(node, "label", i.label());
            if (i.value() == null) {
                node.putNull("value");
            } else {
                node.put("value", significant(i.value()));
            }
            node.put("unit", i.unit());
            node.put("subject", i.subject());
            node.put("basis", i.basis());
            node.put("rule", i.rule());
        }
        ArrayNode afom = root.putArray("afom");
        for (AfomItem item : diagnostic.afom()) {
            ObjectNode node = afom.addObject();
            node.put("id", item.id());
            node.put("quadrant", item.quadrant().id());
            text(node, "statement", item.statement());
            node.put("rule", item.rule());
            strings(node, "evidence", item.evidence());
            ObjectNode values = node.putObject("values");
            item.values().forEach((k, v) -> values.put(k, significant(v)));
        }
        ArrayNode actions = root.putArray("actions");
        for (Action a : diagnostic.actions()) {
            ObjectNode node = actions.addObject();
            node.put("id", a.id());
            text(node, "title", a.title());
            text(node, "description", a.description());
            node.put("type", a.type());
            node.put("horizon", a.horizon());
            node.put("priority", a.priority());
            node.put("lead", a.lead());
            strings(node, "partners", a.partners());
            strings(node, "synergies", a.synergies());
            strings(node, "afom", a.afom());
            gains(node.putObject("gains"), a.gains());
            text(node, "indicator", a.indicator());
            node.put("rule", a.rule());
        }
        Governance g = diagnostic.governance();
        if (g == null) {
            root.putNull("governance");
        } else {
            ObjectNode node = root.putObject("governance");
            node.put("form", g.form());
            text(node, "recommendation", g.recommendation());
            justifications(node.putArray("reasons"), g.reasons());
            ArrayNode partners = node.putArray("partners");
            for (TechnicalPartner p : g.partners()) {
                ObjectNode partner = partners.addObject();
                partner.put("id", p.id());
                text(partner, "name", p.name());
                text(partner, "role", p.role());
                text(partner, "why", p.why());
                strings(partner, "synergies", p.synergies());
                partner.put("rule", p.rule());
            }
            node.put("rule", g.rule());
        }
        OpportunityNote note = diagnostic.opportunity();
        if (note == null) {
            root.putNull("opportunityNote");
        } else {
            ObjectNode node = root.putObject("opportunityNote");
            text(node, "verdict", note.verdict());
            node.put("worthIt", note.worthIt());
            ArrayNode paragraphs = node.putArray("paragraphs");
            note.paragraphs().forEach(p -> text(paragraphs.addObject(), p));
            if (note.netGain() == null) {
                node.putNull("netGain");
            } else {
                figure(node.putObject("netGain"), note.netGain());
            }
            strings(node, "topActions", note.topActions());
            strings(node, "volunteers", note.volunteers());
            ArrayNode steps = node.putArray("nextSteps");
            note.nextSteps().forEach(p -> text(steps.addObject(), p));
        }
    }

    private static void gains(ObjectNode node, Gains gains) {
        node.put("uneconomic", gains.uneconomic());
        figures(node.putObject("economic"), gains.economic());
        figures(node.putObject("environmental"), gains.environmental());
        figures(node.putObject("social"), gains.social());
        ArrayNode notes = node.putArray("notes");
        gains.notes().forEach(n -> text(notes.addObject(), n));
    }

    private static void figures(ObjectNode node, List<GainFigure> figures) {
        figures.forEach(f -> figure(node.putObject(f.name()), f));
    }

    private static void figure(ObjectNode node, GainFigure f) {
        text(node, "label", f.label());
        node.put("low", significant(f.low()));
        node.put("central", significant(f.central()));
        node.put("high", significant(f.high()));
        node.put("unit", f.unit());
        node.put("formula", f.formula());
        ArrayNode factors = node.putArray("factors");
        for (FactorUse u : f.factors()) {
            ObjectNode factor = factors.addObject();
            factor.put("table", u.table());
            factor.put("key", u.key());
            factor.put("source", u.source());
            factor.put("sourceId", u.sourceId());
            factor.put("year", u.year());
        }
    }

    /** Six significant digits: the data keeps its precision, a diff between versions stays readable. */
    private static double significant(double value) {
        return org.eit.core.internal.text.Numbers.significant(value, 6);
    }

    private static void text(ObjectNode node, LocalizedText text) {
        node.put("fr", text.fr());
        node.put("en", text.en());
    }

    private static void justifications(ArrayNode array, List<Justification> justifications) {
        justifications.forEach(j -> justification(array.addObject(), j));
    }

    private static void justification(ObjectNode node, Justification j) {
        node.put("rule", j.rule());
        node.put("reference", j.reference());
        text(node, "text", j.text());
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }

    private static void text(ObjectNode node, String field, LocalizedText text) {
        if (text == null) {
            node.putNull(field);
            return;
        }
        ObjectNode t = node.putObject(field);
        t.put("fr", text.fr());
        t.put("en", text.en());
    }
}
