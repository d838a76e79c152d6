package org.eit.io.version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.MathContext;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What changed between two versions of a diagnostic (two {@code diagnostic.json}), for a steering committee: the
 * synergies new, dropped and changed, matched by their stable id; the totals of the gains; the AFOM items and the
 * actions new, dropped and changed. Rendered in French or English, for the console or as Markdown.
 */
public final class DiagnosticDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A diagnostic.json that cannot be read: its name, line, column and why. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int line;
        private final int column;

        Unreadable(String file, int line, int column, String message) {
            super(message);
            this.file = file;
            this.line = line;
            this.column = column;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** One version: how the reports name it, and its diagnostic. */
    public record Version(String label, JsonNode root) {
    }

    /** A titled part of the report and its lines. */
    public record Section(String title, List<String> lines) {
    }

    /** Whether an AFOM item or an action is new, changed or dropped. */
    public enum Status { NEW, CHANGED, DROPPED }

    /**
     * An AFOM item or an action that is new, changed or dropped, as the reader sees it: its wording (the later one
     * when it changed) and, for a changed one, the earlier wording ({@code was}, null otherwise).
     */
    public record Item(Status status, String text, String was) {
    }

    /**
     * A total of the gains in both versions, worded in the report's language: each value of the earlier version, of
     * the later one and the change (signed, {@code =} when none), for the low, central and high estimates; a value a
     * version does not have is a dash. {@code unitCode} is the unit as diagnostic.json writes it ({@code EUR/yr}).
     */
    public record Gain(String label, String unit, String unitCode, List<String> before, List<String> after,
                       List<String> change, boolean changed) {
        public Gain {
            before = List.copyOf(before);
            after = List.copyOf(after);
            change = List.copyOf(change);
        }
    }

    /** The synergies of both versions: how many, and the lines of those new, dropped and changed. */
    public record Synergies(int before, int after, List<String> added, List<String> dropped, List<String> changed,
                            int same) {
        public Synergies {
            added = List.copyOf(added);
            dropped = List.copyOf(dropped);
            changed = List.copyOf(changed);
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private final String title;
    private final String summary;
    private final String counts;
    private final int changes;
    private final String before;
    private final String after;
    private final Synergies synergies;
    private final List<Gain> gains;
    private final List<Item> afom;
    private final List<Item> actions;

    /** Reads a diagnostic.json ({@code name} as messages give it). */
    public static Version read(String label, String name, byte[] content) throws Unreadable {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new Unreadable(name, line, column, e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new Unreadable(name, 0, 0, e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("synergies").isArray()
                || !root.path("generator").isTextual() && !root.has("format")) {
            throw new Unreadable(name, 1, 1, "not a diagnostic.json written by eit (no synergies list)");
        }
        return new Version(label, root);
    }

    private DiagnosticDiff(Version a, Version b, Texts t, Synergies synergies, List<Gain> gains, List<Item> afom,
                           List<Item> actions, String counts) {
        this.before = a.label();
        this.after = b.label();
        this.synergies = synergies;
        this.gains = List.copyOf(gains);
        this.afom = List.copyOf(afom);
        this.actions = List.copyOf(actions);
        this.counts = counts;
        this.summary = t.text("territory", b.root().path("territory").asText()) + " " + counts;
        this.title = t.text("title", a.label(), b.label());
        this.changes = synergies.added().size() + synergies.dropped().size() + synergies.changed().size()
                + afom.size() + actions.size();
        sections.add(section(t.text("section.new"), synergies.added(), t));
        sections.add(section(t.text("section.dropped"), synergies.dropped(), t));
        sections.add(section(t.text("section.changed"), synergies.changed(), t));
        sections.add(section(t.text("section.gains"), gains.stream().map(g -> g.changed()
                ? t.text("gain", g.label(), g.before().get(1), g.after().get(1), g.unit(), g.change().get(1))
                : t.text("gain.same", g.label(), g.after().get(1), g.unit())).toList(), t));
        sections.add(section(t.text("section.afom"), lines(afom, t), t));
        sections.add(section(t.text("section.actions"), lines(actions, t), t));
    }

    /** How many synergies, AFOM items and actions are new, dropped or changed. */
    public int changes() {
        return changes;
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    /** How the earlier version is named (its label, and its date when it has one). */
    public String before() {
        return before;
    }

    /** How the later version is named. */
    public String after() {
        return after;
    }

    /** The title ("What changed from A to B") and the summary line (the territory, the counts of synergies). */
    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** The summary's count of synergies: how many in each version, new, dropped, changed and unchanged. */
    public String counts() {
        return counts;
    }

    public Synergies synergies() {
        return synergies;
    }

    /** The totals of the gains, economic, environmental then social, as the later version orders them. */
    public List<Gain> gains() {
        return gains;
    }

    /** The AFOM items new, changed and dropped: those of the later version in its order, then those dropped. */
    public List<Item> afom() {
        return afom;
    }

    /** The actions new, changed and dropped, in the same order. */
    public List<Item> actions() {
        return actions;
    }

    /** Compares {@code a} (the earlier version) with {@code b}, in {@code locale}'s language. */
    public static DiagnosticDiff compare(Version a, Version b, Locale locale) {
        Texts t = new Texts(locale);
        Names names = new Names(a.root(), b.root(), t);
        Map<String, JsonNode> before = byId(a.root().path("synergies"));
        Map<String, JsonNode> after = byId(b.root().path("synergies"));
        List<String> added = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int same = 0;
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            JsonNode old = before.get(e.getKey());
            if (old == null) {
                added.add(names.synergy(e.getValue()));
                continue;
            }
            List<String> what = synergyChanges(old, e.getValue(), t, names);
            if (what.isEmpty()) {
                same++;
            } else {
                changed.add(names.synergy(e.getValue()) + " — " + String.join(t.text("separator"), what));
            }
        }
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                dropped.add(names.synergy(e.getValue()));
            }
        }
        List<Item> afom = items(a.root().path("afom"), b.root().path("afom"),
                n -> t.text("afom.item", t.text("afom." + n.path("quadrant").asText()),
                        t.localized(n.path("statement"))),
                (x, y) -> !t.localized(x.path("statement")).equals(t.localized(y.path("statement"))));
        List<Item> actions = items(a.root().path("actions"), b.root().path("actions"),
                n -> t.localized(n.path("title")) + " (P" + n.path("priority").asText() + ", "
                        + t.text("horizon." + n.path("horizon").asText()) + ")",
                (x, y) -> !Objects.equals(x.path("title"), y.path("title"))
                        || !Objects.equals(x.path("priority"), y.path("priority"))
                        || !Objects.equals(x.path("horizon"), y.path("horizon"))
                        || !Objects.equals(x.path("synergies"), y.path("synergies")));
        String counts = t.text("counts", before.size(), a.label(), after.size(), b.label(), added.size(),
                dropped.size(), changed.size(), same);
        return new DiagnosticDiff(a, b, t, new Synergies(before.size(), after.size(), added, dropped, changed, same),
                gains(a.root().path("gains"), b.root().path("gains"), t), afom, actions, counts);
    }

    private static List<String> lines(List<Item> items, Texts t) {
        return items.stream().map(i -> t.text(switch (i.status()) {
            case NEW -> "item.new";
            case CHANGED -> "item.changed";
            case DROPPED -> "item.dropped";
        }, i.was() == null ? i.text() : i.was() + " \u2192 " + i.text())).toList();
    }

    private static Section section(String title, List<String> lines, Texts t) {
        return new Section(title, lines.isEmpty() ? List.of(t.text("none")) : lines);
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode node : list) {
            byId.put(node.path("id").asText(), node);
        }
        return byId;
    }

    private static List<String> synergyChanges(JsonNode a, JsonNode b, Texts t, Names names) {
        List<String> changes = new ArrayList<>();
        if (!number(a.path("quantity")).equals(number(b.path("quantity")))
                || !a.path("unit").asText().equals(b.path("unit").asText())) {
            changes.add(t.text("change", t.text("field.quantity"), t.quantity(a), t.quantity(b)));
        }
        for (String field : List.of("confidence", "chertowType")) {
            if (!a.path(field).asText().equals(b.path(field).asText())) {
                changes.add(t.text("change", t.text("field." + field), t.or(a.path(field)), t.or(b.path(field))));
            }
        }
        if (!number(a.path("distanceKm")).equals(number(b.path("distanceKm")))) {
            changes.add(t.text("change", t.text("field.distanceKm"), t.number(a.path("distanceKm")),
                    t.number(b.path("distanceKm"))));
        }
        boolean ea = a.path("restsOnEstimates").asBoolean(false);
        boolean eb = b.path("restsOnEstimates").asBoolean(false);
        if (ea != eb) {
            changes.add(t.text("change", t.text("field.restsOnEstimates"), t.text(ea ? "yes" : "no"),
                    t.text(eb ? "yes" : "no")));
        }
        JsonNode sa = a.path("allocation").path("status");
        JsonNode sb = b.path("allocation").path("status");
        if (!sa.asText().equals(sb.asText())) {
            changes.add(t.text("change", t.text("field.status"), t.or(sa), t.or(sb)));
        }
        JsonNode na = a.path("gains").path("economic").path("net").path("central");
        JsonNode nb = b.path("gains").path("economic").path("net").path("central");
        if (!number(na).equals(number(nb))) {
            changes.add(t.text("change", t.text("field.net"), t.number(na), t.number(nb)));
        }
        if (!a.path("actors").equals(b.path("actors"))) {
            changes.add(t.text("change", t.text("field.partners"), names.actors(a), names.actors(b)));
        }
        return changes;
    }

    /** A number compared to four significant digits, so that a rounding in the last place is no change. */
    private static String number(JsonNode node) {
        if (!node.isNumber()) {
            return node.isMissingNode() || node.isNull() ? "" : node.asText();
        }
        return node.decimalValue().round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static List<Gain> gains(JsonNode a, JsonNode b, Texts t) {
        List<Gain> gains = new ArrayList<>();
        for (String kind : List.of("economic", "environmental", "social")) {
            Set<String> names = new LinkedHashSet<>();
            b.path(kind).fieldNames().forEachRemaining(names::add);
            a.path(kind).fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode fa = a.path(kind).path(name);
                JsonNode fb = b.path(kind).path(name);
                JsonNode label = (fb.isMissingNode() ? fa : fb).path("label");
                String unit = t.unit((fb.isMissingNode() ? fa : fb).path("unit").asText());
                List<String> before = new ArrayList<>();
                List<String> after = new ArrayList<>();
                List<String> change = new ArrayList<>();
                boolean changed = false;
                for (String estimate : List.of("low", "central", "high")) {
                    JsonNode va = fa.path(estimate);
                    JsonNode vb = fb.path(estimate);
                    before.add(t.number(va));
                    after.add(t.number(vb));
                    if (number(va).equals(number(vb))) {
                        change.add("=");
                    } else {
                        // A total one version lacks counts as 0 there, as it always has in the central line.
                        double delta = vb.asDouble(0) - va.asDouble(0);
                        change.add((delta > 0 ? "+" : "") + t.number(delta));
                        changed |= estimate.equals("central");
                    }
                }
                gains.add(new Gain(t.localized(label), unit, (fb.isMissingNode() ? fa : fb).path("unit").asText(),
                        before, after, change, changed));
            }
        }
        return gains;
    }

    private static List<Item> items(JsonNode a, JsonNode b, java.util.function.Function<JsonNode, String> name,
                                    java.util.function.BiPredicate<JsonNode, JsonNode> differs) {
        Map<String, JsonNode> before = byId(a);
        Map<String, JsonNode> after = byId(b);
        List<Item> items = new ArrayList<>();
        after.forEach((id, node) -> {
            JsonNode old = before.get(id);
            if (old == null) {
                items.add(new Item(Status.NEW, name.apply(node), null));
            } else if (differs.test(old, node)) {
                items.add(new Item(Status.CHANGED, name.apply(node), name.apply(old)));
            }
        });
        before.forEach((id, node) -> {
            if (!after.containsKey(id)) {
                items.add(new Item(Status.DROPPED, name.apply(node), null));
            }
        });
        return items;
    }

    /** The report for a terminal. */
    public String console() {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(title).append(nl).append(summary).append(nl);
        for (Section section : sections) {
            out.append(nl).append(section.title()).append(nl);
            for (String line : section.lines()) {
                out.append("  - ").append(line).append(nl);
            }
        }
        return out.toString();
    }

    /** The report as Markdown, for the steering committee's file. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append("\n\n").append(summary).append("\n");
        for (Section section : sections) {
            out.append("\n## ").append(section.title()).append("\n\n");
            for (String line : section.lines()) {
                out.append("- ").append(line.replace("|", "\\|")).append("\n");
            }
        }
        return out.toString();
    }

    /**
     * The report as one self-contained HTML page (inline CSS, nothing loaded from elsewhere), for the committee's
     * file or beside the report; {@code language} is its {@code lang}.
     */
    public String html(Locale language) {
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        model.put("lang", language.getLanguage());
        model.put("title", title);
        model.put("summary", summary);
        model.put("sections", sections);
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            HTML.getTemplate("diff.ftlh").process(model, out);
            return out.toString();
        } catch (java.io.IOException | freemarker.template.TemplateException e) {
            throw new IllegalStateException("the diff template of eit-io failed", e);
        }
    }

    private static final freemarker.template.Configuration HTML = html();

    private static freemarker.template.Configuration html() {
        var c = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_35);
        c.setClassForTemplateLoading(DiagnosticDiff.class, "");
        c.setDefaultEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setLocalizedLookup(false);
        return c;
    }

    /** Names of actors and resources, from the later version, else the earlier one. */
    private static final class Names {
        private final Map<String, String> actors = new LinkedHashMap<>();
        private final Map<String, String> resources = new LinkedHashMap<>();
        private final Texts t;

        Names(JsonNode a, JsonNode b, Texts t) {
            this.t = t;
            for (JsonNode root : List.of(a, b)) {
                for (JsonNode actor : root.path("actors")) {
                    actors.put(actor.path("id").asText(), actor.path("name").asText());
                }
                for (JsonNode resource : root.path("resources")) {
                    resources.put(resource.path("id").asText(), t.localized(resource.path("label")));
                }
            }
        }

        String resource(String id) {
            return resources.getOrDefault(id, id);
        }

        String actors(JsonNode synergy) {
            List<String> names = new ArrayList<>();
            synergy.path("actors").forEach(id -> names.add(actors.getOrDefault(id.asText(), id.asText())));
            return String.join(synergy.path("kind").asText().equals("pooling") ? ", " : " \u2192 ", names);
        }

        String synergy(JsonNode s) {
            String resource = resource(s.path("resource").asText());
            String demanded = s.path("demandedResource").asText();
            if (!demanded.isEmpty() && !demanded.equals(s.path("resource").asText())) {
                resource = resource + " \u2192 " + resource(demanded);
            }
            return t.text("synergy", s.path("id").asText(), t.text("kind." + s.path("kind").asText()), resource,
                    actors(s)) + (s.path("quantity").isNumber() ? " (" + t.quantity(s) + ")" : "");
        }
    }

    /** The report's words and numbers. */
    private static final class Texts {
        private final Locale locale;
        private final ResourceBundle bundle;

        Texts(Locale locale) {
            this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
            this.bundle = ResourceBundle.getBundle("org.eit.io.version.Diff", this.locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String text(String key, Object... args) {
            if (!bundle.containsKey(key)) {
                return key.substring(key.indexOf('.') + 1);
            }
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }

        String localized(JsonNode text) {
            return text.isTextual() ? text.asText() : text.path(locale.getLanguage()).asText();
        }

        String or(JsonNode value) {
            return value.isMissingNode() || value.isNull() ? text("empty") : value.asText();
        }

        String number(JsonNode node) {
            return node.isNumber() ? number(node.asDouble()) : text("empty");
        }

        String number(double value) {
            double rounded = org.eit.core.internal.text.Numbers.significant(value, 4);
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(rounded).replace('\u202f', ' ').replace('\u00a0', ' ');
        }

        /** A gain's unit in the reader's language: {@code EUR/yr} is {@code EUR/an} in French. */
        String unit(String unit) {
            return locale.getLanguage().equals("fr") ? unit.replace("/yr", "/an") : unit;
        }

        String quantity(JsonNode synergy) {
            return number(synergy.path("quantity")) + (synergy.path("unit").isTextual()
                    ? " " + synergy.path("unit").asText() : "");
        }
    }
}
