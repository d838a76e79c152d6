package org.eit.io.survey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eit.core.internal.activity.ActivityProfiles;
import org.eit.core.model.Actor;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.report.CsvStyle;

/**
 * The interview guide (référentiel d'entretien): per actor, a questionnaire pre-filled with its flows to confirm, the
 * ones its activity profile estimates first, then the ones already declared, as a spreadsheet in {@code flows.csv}'s
 * columns ({@code ACTOR.csv}, French column names, words and {@code ;} for a French territory) that imports back
 * ({@link SurveyImport}), as a Markdown document ({@code ACTOR.md}) with the standard questions of each flow's family
 * ({@link SurveyQuestions}), to adapt in a text editor or convert to a word processor's format, and as the same guide
 * ready to print ({@code ACTOR.html}: self-contained, A4, one block per flow with boxes to tick and lines to write the
 * answers on by hand), with {@code index.html} listing every actor's guide. Deterministic: the same workspace gives
 * the same bytes.
 */
public final class Survey {
    /** The spreadsheet's columns: those of flows.csv a questionnaire asks about. */
    static final List<String> COLUMNS = List.of("id", "actor", "direction", "resource", "description", "quantity",
            "unit", "period", "temperature_c", "cost_eur_per_unit", "source", "confidence", "waste_code", "notes");

    private Survey() {
    }

    /** The page that lists every actor's guide. */
    public static final String INDEX = "index.html";

    /** The files of the guide, by name, in the order of the actors' ids, then {@link #INDEX}. */
    public static Map<String, byte[]> render(Territory declared, WorkspaceEstimation estimation,
                                             ResourceTaxonomy taxonomy, SurveyQuestions questions, Locale locale) {
        SurveyTexts t = new SurveyTexts(locale);
        Map<String, List<Flow>> own = new LinkedHashMap<>();
        for (Flow flow : estimation.territory().flows()) {
            own.computeIfAbsent(flow.actorId(), a -> new ArrayList<>()).add(flow);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Actor> actors = new ArrayList<>(declared.actors());
        actors.sort(java.util.Comparator.comparing(Actor::id));
        List<Map<String, Object>> index = new ArrayList<>();
        for (Actor actor : actors) {
            List<Flow> flows = own.getOrDefault(actor.id(), List.of());
            List<Flow> estimated = flows.stream().filter(f -> estimation.estimation().isEstimated(f.id()))
                    .sorted(ORDER).toList();
            List<Flow> known = flows.stream().filter(f -> !estimation.estimation().isEstimated(f.id()))
                    .sorted(ORDER).toList();
            String base = fileName(actor.id());
            files.put(base + ".csv", csv(actor, estimated, known, t));
            files.put(base + ".md", document(declared, actor, estimated, known, estimation, taxonomy, questions, t,
                    base + ".csv").getBytes(StandardCharsets.UTF_8));
            Map<String, Object> page = SurveyPages.actor(declared, actor, estimated, known, estimation, taxonomy,
                    questions, t, base);
            files.put(base + ".html", SurveyPages.render("survey.ftlh", page).getBytes(StandardCharsets.UTF_8));
            index.add(SurveyPages.entry(actor, estimated.size(), known.size(), base, t));
        }
        files.put(INDEX, SurveyPages.render("survey-index.ftlh", SurveyPages.index(declared, index, t))
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static final java.util.Comparator<Flow> ORDER = java.util.Comparator.comparing(Flow::direction)
            .thenComparing(Flow::resourceId).thenComparing(Flow::id);

    /** An actor's id as a file name: letters, digits, dots, dashes and underscores; others become {@code _}. */
    static String fileName(String actorId) {
        String safe = actorId.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
    }

    private static byte[] csv(Actor actor, List<Flow> estimated, List<Flow> known, SurveyTexts t) {
        char separator = t.french() ? ';' : ',';
        StringBuilder out = new StringBuilder();
        List<String> header = COLUMNS.stream().map(c -> t.text("csv." + c)).toList();
        line(out, header, separator);
        for (Flow flow : estimated) {
            line(out, cells(flow, t), separator);
        }
        for (Flow flow : known) {
            line(out, cells(flow, t), separator);
        }
        return CsvStyle.utf8(out.toString(), t.french());
    }

    private static List<String> cells(Flow flow, SurveyTexts t) {
        List<String> cells = new ArrayList<>();
        cells.add(flow.id());
        cells.add(flow.actorId());
        cells.add(t.text(flow.direction() == Direction.OFFER ? "word.offer" : "word.demand"));
        cells.add(flow.resourceId());
        cells.add(flow.description());
        cells.add(flow.quantity() == null ? "" : t.number(flow.quantity().value()));
        cells.add(flow.quantity() == null ? "" : flow.quantity().unit().symbol());
        cells.add(flow.quantity() == null || flow.quantity().period() == null ? ""
                : flow.quantity().period() == org.eit.core.unit.Period.YEAR ? t.text("word.year")
                : flow.quantity().period().name().toLowerCase(Locale.ROOT));
        cells.add(flow.temperatureC() == null ? "" : t.number(flow.temperatureC()));
        cells.add(flow.costPerUnit() == null ? "" : t.number(flow.costPerUnit()));
        cells.add(t.text(switch (flow.source()) {
            case MEASURED -> "word.measured";
            case DECLARED -> "word.declared";
            case ESTIMATED -> "word.estimated";
        }));
        cells.add(flow.source() == DataSource.ESTIMATED || flow.confidence() == null ? ""
                : flow.confidence().name().toLowerCase(Locale.ROOT));
        cells.add(flow.wasteCode() == null ? "" : flow.wasteCode());
        cells.add(flow.notes());
        return cells;
    }

    /**
     * One CSV line, RFC 4180: a cell with the separator or a quote is quoted (line breaks become spaces), so that a
     * decimal comma in a {@code ;} file stays as the user wrote it.
     */
    static void line(StringBuilder out, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            String text = cells.get(i) == null ? "" : cells.get(i).replace("\r\n", " ").replace('\n', ' ')
                    .replace('\r', ' ');
            if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }

    private static String document(Territory territory, Actor actor, List<Flow> estimated, List<Flow> known,
                                   WorkspaceEstimation estimation, ResourceTaxonomy taxonomy,
                                   SurveyQuestions questions, SurveyTexts t, String spreadsheet) {
        Locale locale = t.locale();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.text("doc.title", actor.name())).append("\n\n");
        md.append(t.text("doc.territory", territory.name(), actor.id())).append("  \n");
        md.append(t.text("doc.activity", actor.activity() == null ? t.text("doc.unknown") : actor.activity(),
                actor.employees() == null ? t.text("doc.unknown") : String.valueOf(actor.employees()),
                actor.zone() == null ? t.text("doc.unknown") : actor.zone())).append("\n\n");
        md.append(t.text("doc.how", spreadsheet)).append("\n\n");
        String profile = estimation.estimation().profiled().get(actor.id());
        md.append("## ").append(t.text("doc.estimated", profile == null ? t.text("doc.unknown") : profile))
                .append("\n\n");
        if (estimated.isEmpty()) {
            md.append(t.text("doc.estimated-none")).append("\n\n");
        } else {
            md.append(t.text("doc.warning")).append("\n\n");
            for (Flow flow : estimated) {
                flow(md, flow, taxonomy, questions, t, estimation.estimation().estimated().get(flow.id()));
            }
        }
        md.append("## ").append(t.text("doc.declared")).append("\n\n");
        if (known.isEmpty()) {
            md.append(t.text("doc.declared-none")).append("\n\n");
        } else {
            for (Flow flow : known) {
                flow(md, flow, taxonomy, questions, t, null);
            }
        }
        md.append("## ").append(t.text("doc.other")).append("\n\n").append(t.text("doc.other-questions"))
                .append("\n");
        return md.toString();
    }

    private static void flow(StringBuilder md, Flow flow, ResourceTaxonomy taxonomy, SurveyQuestions questions,
                             SurveyTexts t, ActivityProfiles.Row row) {
        String label = taxonomy.find(flow.resourceId()).map(r -> r.label(t.locale())).orElse(flow.resourceId());
        md.append("### ").append(t.text("doc.flow", label,
                t.text(flow.direction() == Direction.OFFER ? "word.offer" : "word.demand"),
                t.text("doc.flow-id", flow.id()))).append("\n\n");
        if (!flow.description().isEmpty()) {
            md.append("> ").append(flow.description()).append("\n\n");
        }
        if (row != null && flow.quantity() != null) {
            md.append("- ").append(t.text("doc.flow-quantity", t.number(flow.quantity().value()) + " "
                    + flow.quantity().unit().symbol())).append("\n");
        }
        if (row != null) {
            md.append("- ").append(t.text("doc.flow-basis", row.source())).append("\n");
        }
        for (SurveyQuestions.Question q : questions.forFlow(flow)) {
            md.append("- [ ] ").append(q.in(t.locale())).append("\n");
        }
        md.append("\n");
    }
}
