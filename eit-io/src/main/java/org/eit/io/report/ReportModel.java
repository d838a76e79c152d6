package org.eit.io.report;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.eit.core.api.Action;
import org.eit.core.api.AfomItem;
import org.eit.core.api.ApproachCost;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FactorUse;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Governance;
import org.eit.core.api.Indicator;
import org.eit.core.api.Justification;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.OpportunityNote;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.api.TechnicalPartner;
import org.eit.core.model.FlowToClassify;
import org.eit.core.problem.Problem;
import org.eit.io.version.DiagnosticDiff;
import org.eit.io.workspace.FlowClassification;

/**
 * What the HTML and Markdown reports show, as plain maps, lists and strings already worded and formatted in the
 * reports' language: the templates only lay it out (and escape it). Sections the diagnostic does not hold yet are
 * null or empty, and the templates say so in a line.
 */
final class ReportModel {
    /** How many synergies the report details at most; all are in {@code synergies.csv} and the JSON. */
    static final int DETAILED = 300;
    private static final List<String> HORIZONS = List.of("short", "medium", "long");
    /** Months each horizon spans on the timeline: under 6 months, 6 to 18, beyond. */
    private static final Map<String, int[]> HORIZON_MONTHS = Map.of("short", new int[] {0, 6}, "medium",
            new int[] {6, 18}, "long", new int[] {18, 36});
    private static final List<String> ECONOMIC = List.of("net", "avoided-purchase", "avoided-disposal",
            "pooling-saving", "transport", "preparation", "transaction");

    private final ReportInputs inputs;
    private final Naming n;
    private final Locale locale;

    private ReportModel(ReportInputs inputs) {
        this.inputs = inputs;
        this.n = new Naming(inputs);
        this.locale = inputs.locale();
    }

    static Map<String, Object> of(ReportInputs inputs) {
        return new ReportModel(inputs).build();
    }

    private String in(LocalizedText text) {
        return text == null ? null : text.in(locale);
    }

    private List<String> in(List<LocalizedText> texts) {
        return texts.stream().map(this::in).toList();
    }

    private Map<String, Object> build() {
        Diagnostic d = inputs.diagnostic();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", locale.getLanguage());
        m.put("t", texts());
        m.put("territory", d.territory());
        m.put("anonymized", inputs.anonymized());
        long substitution = d.synergies().stream().filter(s -> s.kind() == SynergyKind.SUBSTITUTION).count();
        long internal = d.internal().stream().filter(Synergy::retained).count();
        m.put("subtitle", n.text("report.subtitle", inputs.territory().actors().size(),
                inputs.territory().flows().size(), internal));
        m.put("facts", facts(d, substitution));
        m.put("network", d.network() == null ? null : in(d.network().explanation()));
        m.put("opportunity", opportunity(d.opportunity()));
        m.put("changes", changes(inputs.changes()));
        m.put("gains", gains(d.gains(), d.approach()));
        m.put("map", ReportGraphics.map(inputs, n));
        m.put("graph", ReportGraphics.network(inputs, n));
        m.put("afom", afom(d.afom()));
        m.put("indicators", indicators(d.indicators()));
        m.put("actions", actions(d.actions()));
        m.put("timeline", timeline(d.actions()));
        m.put("governance", governance(d.governance()));
        List<Synergy> shown = shown(d.synergies());
        m.put("synergies", shown.stream().map(this::synergy).toList());
        m.put("synergiesShown", shown.size() == d.synergies().size() ? null
                : n.text("report.synergies-shown", shown.size(), d.synergies().size()));
        List<Synergy> loops = d.internal().stream().filter(Synergy::retained).toList();
        List<Synergy> loopsShown = shown(loops);
        m.put("internal", loopsShown.stream().map(this::synergy).toList());
        m.put("internalShown", loopsShown.size() == loops.size() ? null
                : n.text("report.internal-shown", loopsShown.size(), loops.size()));
        m.put("alternatives", d.alternatives().size());
        m.put("refused", d.refused().size());
        m.put("toClassify", toClassify(d.toClassify()));
        m.put("readFromWords", readFromWords());
        m.put("partners", d.governance() == null ? null : partners(d.governance().partners()));
        m.put("warnings", d.warnings().stream().map(this::warning).toList());
        m.put("estimation", inputs.estimation() == null ? null : n.text("summary.estimated-flows",
                inputs.estimation().estimation().estimated().size(),
                inputs.estimation().estimation().profiled().size(),
                inputs.estimation().estimation().unprofiled().size()));
        m.put("rulePacks", String.join(", ", d.rulePacks()));
        return m;
    }

    /** Every text of the reports' catalog in the reports' language, by key. */
    private Map<String, String> texts() {
        ResourceBundle bundle = ResourceBundle.getBundle(ValidationReport.REPORT.bundle(), locale,
                ValidationReport.REPORT.loader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            texts.put(key, bundle.getString(key));
        }
        return texts;
    }

    private List<Map<String, Object>> facts(Diagnostic d, long substitution) {
        List<Map<String, Object>> facts = new ArrayList<>();
        fact(facts, String.valueOf(d.synergies().size()), n.text("report.fact-synergies", substitution,
                d.synergies().size() - substitution));
        long involved = d.synergies().stream().flatMap(s -> s.actors().stream()).distinct().count();
        fact(facts, String.valueOf(involved), n.text("report.fact-actors", inputs.territory().actors().size()));
        d.gains().find("net").ifPresent(f -> fact(facts, Figures.amount(locale, f.central(), f.unit()),
                n.text("report.fact-net", Figures.number(locale, f.low()), Figures.number(locale, f.high()))));
        d.gains().find("ghg-avoided").ifPresent(f -> fact(facts, Figures.amount(locale, f.central(), f.unit()),
                f.label().in(locale)));
        d.gains().find("diverted").ifPresent(f -> fact(facts, Figures.amount(locale, f.central(), f.unit()),
                f.label().in(locale)));
        return facts;
    }

    private static void fact(List<Map<String, Object>> facts, String value, String label) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("value", value);
        f.put("label", label);
        facts.add(f);
    }

    private Map<String, Object> opportunity(OpportunityNote note) {
        if (note == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", in(note.verdict()));
        m.put("worthIt", note.worthIt());
        m.put("paragraphs", in(note.paragraphs()));
        m.put("netGain", note.netGain() == null ? null : Figures.range(locale, note.netGain()));
        m.put("cost", note.cost() == null ? null : Figures.range(locale, note.cost().total()));
        Map<String, Action> actions = new LinkedHashMap<>();
        inputs.diagnostic().actions().forEach(a -> actions.put(a.id(), a));
        m.put("topActions", note.topActions().stream().map(id -> actions.containsKey(id)
                ? in(actions.get(id).title()) : id).toList());
        m.put("volunteers", n.actors(note.volunteers()));
        m.put("nextSteps", in(note.nextSteps()));
        return m;
    }

    /**
     * What changed since the earlier version, as {@code eit diff} says it ({@link DiagnosticDiff}): the counts of
     * synergies new, dropped, changed and unchanged, their lines, the totals of the gains in both versions (low,
     * central, high) with the change, and the AFOM items and actions new, changed and dropped.
     */
    private Map<String, Object> changes(DiagnosticDiff diff) {
        if (diff == null) {
            return null;
        }
        DiagnosticDiff.Synergies s = diff.synergies();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", n.text("report.changes", diff.before()));
        m.put("intro", n.text("report.changes-intro", diff.before(), diff.after()));
        m.put("counts", diff.counts());
        m.put("before", diff.before());
        m.put("after", diff.after());
        List<Map<String, Object>> facts = new ArrayList<>();
        fact(facts, String.valueOf(s.added().size()), n.text("report.changes-new"));
        fact(facts, String.valueOf(s.changed().size()), n.text("report.changes-changed"));
        fact(facts, String.valueOf(s.dropped().size()), n.text("report.changes-dropped"));
        fact(facts, String.valueOf(s.same()), n.text("report.changes-same"));
        m.put("facts", facts);
        m.put("added", s.added());
        m.put("changed", s.changed());
        m.put("dropped", s.dropped());
        m.put("gains", diff.gains().stream().map(g -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", g.label());
            row.put("unit", Figures.unit(locale, g.unitCode()));
            row.put("before", g.before());
            row.put("after", g.after());
            row.put("change", g.change());
            row.put("changed", g.changed());
            return row;
        }).toList());
        m.put("afom", items(diff.afom()));
        m.put("actions", items(diff.actions()));
        return m;
    }

    private List<Map<String, Object>> items(List<DiagnosticDiff.Item> items) {
        return items.stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            String status = i.status().name().toLowerCase(Locale.ROOT);
            item.put("status", status);
            item.put("label", n.text("report.changes-status." + status));
            item.put("text", i.text());
            item.put("was", i.was());
            return item;
        }).toList();
    }

    private Map<String, Object> gains(Gains gains, ApproachCost approach) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> families = new ArrayList<>();
        family(families, "economic", order(gains.economic(), ECONOMIC));
        family(families, "environmental", gains.environmental());
        family(families, "social", gains.social());
        m.put("families", families);
        if (approach == null) {
            m.put("approach", null);
        } else {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("study", Figures.range(locale, approach.study()));
            a.put("studyDetail", n.text("report.approach-study", Figures.number(locale, approach.studyFte()),
                    approach.studyMonths(), approach.studyFunding() == null ? "—" : approach.studyFunding()));
            a.put("facilitation", Figures.range(locale, approach.facilitationPerYear()));
            a.put("facilitationDetail", n.text("report.approach-facilitation",
                    Figures.number(locale, approach.facilitationFte()), approach.facilitationYears(),
                    approach.facilitationFunding() == null ? "—" : approach.facilitationFunding()));
            a.put("total", Figures.range(locale, approach.total()));
            m.put("approach", a);
        }
        long partial = inputs.diagnostic().synergies().stream().filter(s -> !s.gains().notes().isEmpty()).count();
        long uneconomic = inputs.diagnostic().synergies().stream().filter(s -> s.gains().uneconomic()).count();
        m.put("partial", partial);
        m.put("uneconomic", uneconomic);
        m.put("notes", in(gains.notes()));
        return m;
    }

    private static List<GainFigure> order(List<GainFigure> figures, List<String> first) {
        List<GainFigure> ordered = new ArrayList<>();
        for (String name : first) {
            figures.stream().filter(f -> f.name().equals(name)).forEach(ordered::add);
        }
        figures.stream().filter(f -> !first.contains(f.name())).forEach(ordered::add);
        return ordered;
    }

    private void family(List<Map<String, Object>> families, String id, List<GainFigure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("id", id);
        family.put("label", n.text("gains." + id));
        // One scale per unit within a family, so that the bars compare: the net gain against what makes it.
        Map<String, double[]> scales = new LinkedHashMap<>();
        for (GainFigure f : figures) {
            double[] sc = scales.computeIfAbsent(f.unit(), u -> new double[] {0, 0});
            sc[0] = Math.min(sc[0], f.low());
            sc[1] = Math.max(sc[1], f.high());
        }
        family.put("rows", figures.stream().map(f -> figure(f, scales.get(f.unit()))).toList());
        families.add(family);
    }

    /** A gain with its range, and the geometry of its range bar (0 to 160 px over its own scale). */
    private Map<String, Object> figure(GainFigure f) {
        return figure(f, new double[] {Math.min(0, f.low()), Math.max(0, f.high())});
    }

    private Map<String, Object> figure(GainFigure f, double[] scale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("label", in(f.label()));
        m.put("low", Figures.number(locale, f.low()));
        m.put("central", Figures.number(locale, f.central()));
        m.put("high", Figures.number(locale, f.high()));
        m.put("unit", Figures.unit(locale, f.unit()));
        m.put("range", Figures.range(locale, f));
        m.put("formula", f.formula());
        m.put("factors", f.factors().stream().map(this::factor).toList());
        double lo = scale[0];
        double hi = scale[1];
        double span = hi - lo == 0 ? 1 : hi - lo;
        m.put("barLow", Figures.svg(4 + 152 * (f.low() - lo) / span));
        m.put("barHigh", Figures.svg(4 + 152 * (f.high() - lo) / span));
        m.put("barCentral", Figures.svg(4 + 152 * (f.central() - lo) / span));
        m.put("barZero", Figures.svg(4 + 152 * (0 - lo) / span));
        m.put("negative", f.central() < 0);
        return m;
    }

    private String factor(FactorUse u) {
        StringBuilder s = new StringBuilder(u.table()).append(" · ").append(u.key());
        if (u.source() != null) {
            s.append(" — ").append(u.source());
        }
        if (u.sourceId() != null) {
            s.append(" [").append(u.sourceId()).append(']');
        }
        if (u.year() != null) {
            s.append(" (").append(u.year()).append(')');
        }
        return s.toString();
    }

    private Map<String, Object> afom(List<AfomItem> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", !items.isEmpty());
        List<Map<String, Object>> quadrants = new ArrayList<>();
        for (AfomItem.Quadrant q : AfomItem.Quadrant.values()) {
            Map<String, Object> quadrant = new LinkedHashMap<>();
            quadrant.put("id", q.id());
            quadrant.put("label", n.text("afom." + q.id()));
            quadrant.put("hint", n.text("afom-hint." + q.id()));
            quadrant.put("items", items.stream().filter(i -> i.quadrant() == q).map(i -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", i.id());
                item.put("statement", in(i.statement()));
                item.put("evidence", String.join(", ", i.evidence()));
                item.put("rule", i.rule());
                return item;
            }).toList());
            quadrants.add(quadrant);
        }
        m.put("quadrants", quadrants);
        return m;
    }

    private List<Map<String, Object>> indicators(List<Indicator> indicators) {
        return indicators.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("label", in(i.label()));
            m.put("value", i.value() == null ? "—" : Figures.number(locale, i.value())
                    + (i.unit().isEmpty() ? "" : "\u00a0" + Figures.unit(locale, i.unit())));
            m.put("basis", i.basis() == null ? "" : i.basis());
            return m;
        }).toList();
    }

    private List<Map<String, Object>> actions(List<Action> actions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Action a : actions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("priority", a.priority());
            m.put("title", in(a.title()));
            m.put("description", in(a.description()));
            m.put("type", n.label("action-type.", a.type()));
            m.put("horizon", n.label("horizon.", a.horizon()));
            m.put("lead", a.lead() == null ? n.text("report.facilitator") : n.actor(a.lead()));
            m.put("partners", String.join(", ", n.actors(a.partners())));
            m.put("synergies", String.join(", ", a.synergies()));
            m.put("gain", a.gains().find("net").map(f -> Figures.range(locale, f)).orElse("—"));
            m.put("indicator", in(a.indicator()));
            rows.add(m);
        }
        return rows;
    }

    /** The actions on a 36-month axis, each a bar over its horizon's months. */
    private Map<String, Object> timeline(List<Action> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        double left = 300;
        double width = 900;
        double perMonth = (width - left - 20) / 36;
        List<Map<String, Object>> bars = new ArrayList<>();
        List<Action> sorted = new ArrayList<>(actions);
        sorted.sort(java.util.Comparator.comparingInt((Action a) -> Math.max(0, HORIZONS.indexOf(a.horizon())))
                .thenComparingInt(Action::priority).thenComparing(Action::id));
        int row = 0;
        for (Action a : sorted) {
            int[] months = HORIZON_MONTHS.getOrDefault(a.horizon(), new int[] {0, 36});
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("y", Figures.svg(34 + row * 24));
            bar.put("textY", Figures.svg(34 + row * 24 + 13));
            bar.put("x", Figures.svg(left + months[0] * perMonth));
            bar.put("w", Figures.svg((months[1] - months[0]) * perMonth));
            bar.put("label", ReportGraphics.shorten(in(a.title()), 46));
            bar.put("title", in(a.title()));
            bar.put("priority", a.priority());
            bar.put("horizon", a.horizon());
            bars.add(bar);
            row++;
        }
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int month = 0; month <= 36; month += 6) {
            Map<String, Object> tick = new LinkedHashMap<>();
            tick.put("x", Figures.svg(left + month * perMonth));
            tick.put("label", n.text("report.month", month));
            ticks.add(tick);
        }
        List<Map<String, Object>> bands = new ArrayList<>();
        for (String h : HORIZONS) {
            int[] months = HORIZON_MONTHS.get(h);
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("x", Figures.svg(left + months[0] * perMonth));
            band.put("w", Figures.svg((months[1] - months[0]) * perMonth));
            band.put("label", n.text("horizon-band." + h));
            band.put("id", h);
            bands.add(band);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("width", Figures.svg(width));
        m.put("height", Figures.svg(34 + row * 24 + 28));
        m.put("axisY", Figures.svg(34 + row * 24 + 6));
        m.put("labelX", Figures.svg(left - 8));
        m.put("bars", bars);
        m.put("ticks", ticks);
        m.put("bands", bands);
        return m;
    }

    private Map<String, Object> governance(Governance g) {
        if (g == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("form", n.label("governance-form.", g.form()));
        m.put("recommendation", in(g.recommendation()));
        m.put("reasons", g.reasons().stream().map(j -> in(j.text())).toList());
        return m;
    }

    private List<Map<String, Object>> partners(List<TechnicalPartner> partners) {
        return partners.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", in(p.name()));
            m.put("role", in(p.role()));
            m.put("why", in(p.why()));
            m.put("synergies", String.join(", ", p.synergies()));
            return m;
        }).toList();
    }

    /**
     * The synergies the report details: all of them up to {@link #DETAILED}; beyond, the {@link #DETAILED} of the
     * largest central net gain (ties by id), kept in the diagnostic's order. A region's thousands of synergies are
     * in the CSV and the JSON; a page a steering committee opens cannot hold them all.
     */
    static List<Synergy> shown(List<Synergy> synergies) {
        return largest(synergies, DETAILED);
    }

    /** The {@code limit} synergies of the largest central net gain (ties by id), in their order; all when fewer. */
    static List<Synergy> largest(List<Synergy> synergies, int limit) {
        if (synergies.size() <= limit) {
            return synergies;
        }
        // Each synergy's net gain looked up once, not at every comparison (a region's report sorts thousands).
        double[] net = new double[synergies.size()];
        Integer[] order = new Integer[synergies.size()];
        for (int i = 0; i < net.length; i++) {
            net[i] = synergies.get(i).gains().find("net").map(org.eit.core.api.GainFigure::central)
                    .orElse(Double.NEGATIVE_INFINITY);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byGain = Double.compare(-net[a], -net[b]);
            return byGain != 0 ? byGain : synergies.get(a).id().compareTo(synergies.get(b).id());
        });
        boolean[] kept = new boolean[net.length];
        for (int i = 0; i < limit; i++) {
            kept[order[i]] = true;
        }
        List<Synergy> best = new java.util.ArrayList<>(limit);
        for (int i = 0; i < net.length; i++) {
            if (kept[i]) {
                best.add(synergies.get(i));
            }
        }
        return List.copyOf(best);
    }

    private Map<String, Object> synergy(Synergy s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind().id());
        m.put("kindLabel", n.label("kind.", s.kind().id()));
        m.put("resource", n.resources(s));
        boolean group = Naming.pooling(s) || s.actors().stream().distinct().count() > 2;
        m.put("partners", group ? n.text("report.group", s.actors().size(), String.join(", ", n.actors(s.actors())))
                : String.join(" → ", n.actors(s.actors().stream().distinct().toList())));
        Double allocated = s.allocation() != null && s.allocation().quantity() != null ? s.allocation().quantity()
                : s.quantity();
        m.put("quantity", Figures.quantity(locale, allocated, s.unit(), s.period() != null));
        m.put("distance", Figures.km(locale, s.distanceKm()));
        m.put("chertow", s.chertowType() == 0 ? "—" : String.valueOf(s.chertowType()));
        m.put("confidence", n.label("confidence.", s.confidence().id()));
        m.put("net", s.gains().find("net").map(f -> Figures.amount(locale, f.central(), f.unit())).orElse("—"));
        m.put("uneconomic", s.gains().uneconomic());
        m.put("existing", s.existing());
        m.put("onEstimates", inputs.estimation() != null && inputs.estimation().restsOnEstimates(s));
        m.put("explanation", in(s.explanation()));
        m.put("basis", s.quantityBasis());
        m.put("allocation", allocation(s));
        m.put("reach", s.reach() == null ? null : in(s.reach().text()));
        m.put("conditions", s.conditions().stream().map(this::justification).toList());
        m.put("preparation", in(s.preparation()));
        m.put("source", s.source());
        m.put("rules", String.join(" ; ", s.rules()));
        List<Map<String, Object>> figures = new ArrayList<>();
        order(s.gains().economic(), ECONOMIC).forEach(f -> figures.add(figure(f)));
        s.gains().environmental().forEach(f -> figures.add(figure(f)));
        s.gains().social().forEach(f -> figures.add(figure(f)));
        m.put("gains", figures);
        m.put("notes", in(s.gains().notes()));
        return m;
    }

    private String justification(Justification j) {
        return in(j.text()) + (j.reference() == null ? "" : " (" + j.reference() + ")");
    }

    private String allocation(Synergy s) {
        if (s.allocation() == null) {
            return null;
        }
        String shares = n.text("report.allocation", Figures.quantity(locale, s.allocation().quantity(), s.unit(),
                s.period() != null), share(s.allocation().offerShare()), share(s.allocation().needShare()));
        return s.allocation().reason() == null ? shares : shares + " " + in(s.allocation().reason());
    }

    private String share(Double share) {
        if (share == null) {
            return "—";
        }
        java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(share < 0.1 ? 1 : 0);
        return percent.format(share).replace('\u202f', '\u00a0');
    }

    private List<Map<String, Object>> toClassify(List<FlowToClassify> flows) {
        return flows.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("actor", n.actor(f.actorId()));
            m.put("direction", n.label("direction.", f.direction().id()));
            m.put("text", f.text());
            m.put("candidates", String.join(", ", f.candidates().stream().limit(3).map(n::resource).toList()));
            return m;
        }).toList();
    }

    /** The flows whose resource eit inferred from the user's words: worth a person's check. */
    private List<Map<String, Object>> readFromWords() {
        Map<String, String> actorOf = new LinkedHashMap<>();
        inputs.territory().flows().forEach(f -> actorOf.put(f.id(), f.actorId()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FlowClassification c : inputs.classifications()) {
            if (!c.inferred()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.flowId());
            m.put("actor", n.actor(actorOf.get(c.flowId())));
            m.put("text", c.text());
            m.put("resource", n.resource(c.resourceId()));
            m.put("score", String.format(Locale.ROOT, "%.2f", c.score()));
            rows.add(m);
        }
        return rows;
    }

    private String warning(Problem p) {
        return p.format(locale);
    }
}
