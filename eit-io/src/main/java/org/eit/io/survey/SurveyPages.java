package org.eit.io.survey;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.eit.core.internal.activity.ActivityProfiles;
import org.eit.core.model.Actor;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.estimate.WorkspaceEstimation;

/**
 * The printable interview guide: one self-contained HTML page per actor ({@code survey.ftlh}) and the page that lists
 * them ({@code survey-index.ftlh}), from FreeMarker templates beside this class. The model is worded here in the
 * territory's language; the templates lay it out for an A4 sheet and escape every value (the {@code .ftlh} output
 * format), so that a name such as {@code <Dupont & Fils>} prints as written.
 */
final class SurveyPages {
    private static final Configuration HTML = configuration();

    private SurveyPages() {
    }

    static String render(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            HTML.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the survey template " + template + " of eit-io failed", e);
        }
    }

    /** One actor's guide: who it is, its flows to confirm and to check, each with its questions, and other flows. */
    static Map<String, Object> actor(Territory territory, Actor actor, List<Flow> estimated, List<Flow> known,
                                     WorkspaceEstimation estimation, ResourceTaxonomy taxonomy,
                                     SurveyQuestions questions, SurveyTexts t, String base) {
        Map<String, Object> m = common(t);
        m.put("title", t.text("doc.title", actor.name()));
        m.put("territory", t.text("doc.territory", territory.name(), actor.id()));
        m.put("activity", t.text("doc.activity", actor.activity() == null ? t.text("doc.unknown") : actor.activity(),
                actor.employees() == null ? t.text("doc.unknown") : String.valueOf(actor.employees()),
                actor.zone() == null ? t.text("doc.unknown") : actor.zone()));
        m.put("how", t.text("html.how", base + ".csv"));
        String profile = estimation.estimation().profiled().get(actor.id());
        m.put("estimatedTitle", t.text("doc.estimated", profile == null ? t.text("doc.unknown") : profile));
        m.put("estimated", estimated.stream().map(f -> flow(f, taxonomy, questions, t,
                estimation.estimation().estimated().get(f.id()))).toList());
        m.put("declared", known.stream().map(f -> flow(f, taxonomy, questions, t, null)).toList());
        m.put("footer", t.text("html.footer", territory.name(), actor.id(), base + ".csv"));
        return m;
    }

    private static Map<String, Object> flow(Flow flow, ResourceTaxonomy taxonomy, SurveyQuestions questions,
                                            SurveyTexts t, ActivityProfiles.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        String label = taxonomy.find(flow.resourceId()).map(r -> r.label(t.locale())).orElse(flow.resourceId());
        m.put("id", flow.id());
        m.put("title", t.text("doc.flow", label, t.text(flow.direction() == Direction.OFFER ? "word.offer"
                : "word.demand"), t.text("doc.flow-id", flow.id())));
        m.put("description", flow.description().isEmpty() ? null : flow.description());
        String quantity = flow.quantity() == null ? null : t.number(flow.quantity().value()) + " "
                + flow.quantity().unit().symbol() + (flow.quantity().period() == null ? ""
                : " " + t.text("html.per-year"));
        m.put("quantity", quantity == null ? null : t.text(row != null ? "doc.flow-quantity"
                : "html.declared-quantity", quantity));
        m.put("basis", row == null ? null : t.text("doc.flow-basis", row.source()));
        m.put("questions", questions.forFlow(flow).stream().map(q -> q.in(t.locale())).toList());
        return m;
    }

    /** A line of the index: the actor, how many flows its guide asks about, its files. */
    static Map<String, Object> entry(Actor actor, int estimated, int declared, String base, SurveyTexts t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", actor.id());
        m.put("name", actor.name());
        m.put("activity", actor.activity() == null ? "" : actor.activity());
        m.put("zone", actor.zone() == null ? "" : actor.zone());
        m.put("estimated", estimated);
        m.put("declared", declared);
        m.put("html", base + ".html");
        m.put("csv", base + ".csv");
        m.put("md", base + ".md");
        return m;
    }

    static Map<String, Object> index(Territory territory, List<Map<String, Object>> entries, SurveyTexts t) {
        Map<String, Object> m = common(t);
        m.put("title", t.text("html.index-title", territory.name()));
        m.put("intro", t.text("html.index-intro", entries.size()));
        m.put("actors", new ArrayList<>(entries));
        return m;
    }

    /** The language and every text of the catalog that takes no argument, by key. */
    private static Map<String, Object> common(SurveyTexts t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", t.locale().getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle("org.eit.io.survey.Survey", t.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            texts.put(key, t.text(key));
        }
        m.put("t", texts);
        return m;
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setClassForTemplateLoading(SurveyPages.class, "");
        c.setDefaultEncoding("UTF-8");
        // .ftlh: HTML with auto-escaping of every value.
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setNumberFormat("computer");
        c.setLocalizedLookup(false);
        return c;
    }
}
