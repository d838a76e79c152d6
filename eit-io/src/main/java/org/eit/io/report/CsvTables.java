package org.eit.io.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.api.Action;
import org.eit.core.api.AfomItem;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FactorUse;
import org.eit.core.api.FlowBalance;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Synergy;
import org.eit.core.model.Flow;
import org.eit.core.model.FlowToClassify;
import org.eit.io.workspace.FlowClassification;

/**
 * The diagnostic as spreadsheet tables: {@code synergies.csv} (retained, alternatives and internal loops),
 * {@code flows.csv} (each flow with what the retained synergies take of it, and those still to classify),
 * {@code gains.csv} (every gain figure of the territory and of each synergy, with its range and formula),
 * {@code actions.csv} and {@code afom.csv}. Column names and labels are in the reports' language; numbers are
 * plain (no thousands separator) with the style's decimal mark, so the spreadsheet reads them as numbers.
 */
public final class CsvTables {
    public static final String SYNERGIES = "synergies.csv";
    public static final String FLOWS = "flows.csv";
    public static final String GAINS = "gains.csv";
    public static final String ACTIONS = "actions.csv";
    public static final String AFOM = "afom.csv";
    public static final List<String> FILES = List.of(SYNERGIES, FLOWS, GAINS, ACTIONS, AFOM);

    private CsvTables() {
    }

    /** Every table by file name, in {@link #FILES}' order, rendered in memory. */
    public static Map<String, byte[]> write(ReportInputs inputs, CsvStyle style) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        tables(inputs, style).forEach((name, table) -> files.put(name, Reports.bytes(table)));
        return files;
    }

    /** Every table by file name, in {@link #FILES}' order, each written row by row when asked. */
    public static Map<String, Reports.Content> tables(ReportInputs inputs, CsvStyle style) {
        Naming n = new Naming(inputs);
        Map<String, Reports.Content> files = new LinkedHashMap<>();
        files.put(SYNERGIES, out -> synergies(inputs, n, new Table(out, style, n, SYNERGY_COLUMNS)));
        files.put(FLOWS, out -> flows(inputs, n, new Table(out, style, n, FLOW_COLUMNS)));
        files.put(GAINS, out -> gains(inputs, n, new Table(out, style, n, GAIN_COLUMNS)));
        files.put(ACTIONS, out -> actions(inputs, n, new Table(out, style, n, ACTION_COLUMNS)));
        files.put(AFOM, out -> afom(inputs, n, new Table(out, style, n, AFOM_COLUMNS)));
        return files;
    }

    private static final String[] SYNERGY_COLUMNS = {"id", "status", "kind", "resource-id", "resource", "demanded-resource-id",
                "demanded-resource", "actor-ids", "actors", "flows", "quantity", "allocated", "unit", "distance-km",
                "chertow", "confidence", "existing", "on-estimates", "net-low", "net-central", "net-high",
                "currency", "explanation"};

    private static void synergies(ReportInputs inputs, Naming n, Table t) {
        Diagnostic d = inputs.diagnostic();
        Map<String, List<Synergy>> groups = new LinkedHashMap<>();
        groups.put("retained", d.synergies());
        groups.put("alternative", d.alternatives());
        groups.put("internal", d.internal());
        for (Map.Entry<String, List<Synergy>> group : groups.entrySet()) {
            for (Synergy s : group.getValue()) {
                GainFigure net = s.gains().find("net").orElse(null);
                t.row(s.id(), n.label("status.", group.getKey()), n.label("kind.", s.kind().id()), s.resource(),
                        n.resource(s.resource()), s.demandedResource(), n.resource(s.demandedResource()),
                        String.join(" ", s.actors()), String.join(" | ", n.actors(s.actors())),
                        String.join(" ", s.flows()), s.quantity(),
                        s.allocation() == null ? s.quantity() : s.allocation().quantity(), s.unit(), s.distanceKm(),
                        s.chertowType() == 0 ? null : s.chertowType(), n.label("confidence.", s.confidence().id()),
                        n.text(s.existing() ? "csv.yes" : "csv.no"),
                        inputs.estimation() == null ? "" : n.text(inputs.estimation().restsOnEstimates(s)
                                ? "csv.yes" : "csv.no"),
                        net == null ? null : net.low(), net == null ? null : net.central(),
                        net == null ? null : net.high(), inputs.territory().currency(),
                        s.explanation().in(n.locale()));
            }
        }
    }

    private static final String[] FLOW_COLUMNS = {"id", "actor-id", "actor", "direction", "resource-id", "resource",
                "description", "read-as", "quantity", "unit", "allocated", "allocated-share", "retained-synergies",
                "status"};

    private static void flows(ReportInputs inputs, Naming n, Table t) {
        Map<String, Flow> declared = new LinkedHashMap<>();
        inputs.territory().flows().forEach(f -> declared.put(f.id(), f));
        Map<String, FlowClassification> readAs = new LinkedHashMap<>();
        inputs.classifications().forEach(c -> readAs.putIfAbsent(c.flowId(), c));
        for (FlowBalance f : inputs.diagnostic().flows()) {
            Flow flow = declared.get(f.id());
            FlowClassification c = readAs.get(f.id());
            Double share = f.quantity() == null || f.quantity() == 0 ? null : f.allocated() / f.quantity();
            t.row(f.id(), f.actor(), n.actor(f.actor()), n.label("direction.", f.direction().id()), f.resource(),
                    n.resource(f.resource()), flow == null ? "" : flow.description(),
                    c == null ? "" : n.label("read-as.", c.method().name().toLowerCase(java.util.Locale.ROOT)),
                    f.quantity(), f.unit(), f.allocated(), share, f.retained(),
                    n.text(f.retained() > 0 ? "flow-status.matched" : "flow-status.unmatched"));
        }
        for (FlowToClassify f : inputs.diagnostic().toClassify()) {
            t.row(f.id(), f.actorId(), n.actor(f.actorId()), n.label("direction.", f.direction().id()), "",
                    String.join(" | ", f.candidates().stream().limit(3).map(n::resource).toList()), f.text(), "",
                    f.quantity() == null ? null : f.quantity().value(),
                    f.quantity() == null ? "" : f.quantity().unit().symbol(), null, null, 0,
                    n.text("flow-status.to-classify"));
        }
    }

    private static final String[] GAIN_COLUMNS = {"scope", "family", "name", "label", "low", "central", "high",
            "unit", "formula", "sources"};

    private static void gains(ReportInputs inputs, Naming n, Table t) {
        gainRows(t, n, n.text("csv.territory"), inputs.diagnostic().gains());
        List<Synergy> valued = new ArrayList<>(inputs.diagnostic().synergies());
        valued.addAll(inputs.diagnostic().internal());
        for (Synergy s : valued) {
            gainRows(t, n, s.id(), s.gains());
        }
    }

    private static void gainRows(Table t, Naming n, String scope, Gains gains) {
        Map<String, List<GainFigure>> families = new LinkedHashMap<>();
        families.put("economic", gains.economic());
        families.put("environmental", gains.environmental());
        families.put("social", gains.social());
        families.forEach((family, figures) -> {
            for (GainFigure f : figures) {
                t.row(scope, n.text("gains." + family), f.name(), f.label().in(n.locale()), f.low(), f.central(),
                        f.high(), f.unit(), f.formula(), String.join(" | ", f.factors().stream()
                                .map(CsvTables::factor).toList()));
            }
        });
    }

    static String factor(FactorUse u) {
        return u.table() + " " + u.key() + (u.sourceId() == null ? "" : " [" + u.sourceId() + "]")
                + (u.year() == null ? "" : " " + u.year());
    }

    private static final String[] ACTION_COLUMNS = {"id", "priority", "title", "type", "horizon", "lead",
            "partners", "synergies", "net-low", "net-central", "net-high", "follow-up", "description"};

    private static void actions(ReportInputs inputs, Naming n, Table t) {
        for (Action a : inputs.diagnostic().actions()) {
            GainFigure net = a.gains().find("net").orElse(null);
            t.row(a.id(), a.priority(), a.title().in(n.locale()), n.label("action-type.", a.type()),
                    n.label("horizon.", a.horizon()), a.lead() == null ? n.text("report.facilitator")
                            : n.actor(a.lead()), String.join(" | ", n.actors(a.partners())),
                    String.join(" ", a.synergies()), net == null ? null : net.low(),
                    net == null ? null : net.central(), net == null ? null : net.high(),
                    a.indicator() == null ? "" : a.indicator().in(n.locale()),
                    a.description() == null ? "" : a.description().in(n.locale()));
        }
    }

    private static final String[] AFOM_COLUMNS = {"id", "quadrant", "statement", "evidence", "rule"};

    private static void afom(ReportInputs inputs, Naming n, Table t) {
        for (AfomItem item : inputs.diagnostic().afom()) {
            t.row(item.id(), n.text("afom." + item.quadrant().id()), item.statement().in(n.locale()),
                    String.join(" ", item.evidence()), item.rule());
        }
    }

    /**
     * One CSV table written as its rows come: the byte order mark when the style wants one, a header of translated
     * column names, then rows of text and numbers.
     */
    private static final class Table {
        /**
         * The most characters a spreadsheet cell holds (Excel's limit, LibreOffice's is larger): Excel spills a longer
         * cell of a CSV file over the next rows. A region's action can carry twenty thousand synergies.
         */
        static final int CELL_LIMIT = 32_767;

        private final Writer out;
        private final CsvStyle style;
        private final Naming n;
        private final int columns;

        Table(Writer out, CsvStyle style, Naming n, String... columns) throws IOException {
            this.out = out;
            this.style = style;
            this.n = n;
            this.columns = columns.length;
            if (style.bom()) {
                out.write('\uFEFF');
            }
            List<Object> header = new ArrayList<>();
            for (String c : columns) {
                header.add(n.text("csv.col." + c));
            }
            row(header.toArray());
        }

        void row(Object... cells) {
            if (cells.length != columns) {
                throw new IllegalStateException("row of " + cells.length + " cells in a table of " + columns);
            }
            try {
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        out.write(style.separator());
                    }
                    out.write(cell(cells[i]));
                }
                // RFC 4180's line break, which every spreadsheet reads.
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String cell(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Double d) {
                return number(d);
            }
            if (value instanceof Number) {
                return value.toString();
            }
            String text = value.toString().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
            // A cell a spreadsheet would run as a formula is kept as text.
            if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.length() > CELL_LIMIT) {
                text = cut(text);
            }
            if (text.indexOf(style.separator()) >= 0 || text.indexOf('"') >= 0 || text.indexOf(',') >= 0
                    || text.indexOf(';') >= 0) {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
            return text;
        }

        /** The text cut at a word to fit a cell, saying so and where the whole of it is. */
        private String cut(String text) {
            String said = " " + n.text("csv.cut", text.length());
            int end = text.lastIndexOf(' ', CELL_LIMIT - said.length());
            if (end <= 0) {
                end = CELL_LIMIT - said.length();
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
            }
            return text.substring(0, end) + said;
        }

        /** Six significant digits, no exponent, the style's decimal mark. */
        private String number(double d) {
            if (!Double.isFinite(d)) {
                return "";
            }
            return CsvStyle.number(d, style.decimal());
        }
    }
}
