package org.eit.io.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eit.core.api.ApproachCost;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.FactorUse;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.internal.activity.LikelyTakers;
import org.eit.core.model.Actor;
import org.eit.core.model.FlowToClassify;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.estimate.WorkspaceEstimation;

/** The synergies of a diagnostic as a plain-text table for the terminal, in French or English. */
public final class SummaryTable {
    /** The width the table fits when none is given: a wide terminal. */
    public static final int DEFAULT_WIDTH = 120;
    /** The columns that give way when the table is too wide, and the least they keep. */
    private static final int RESOURCE_COLUMN = 2;
    private static final int PARTNERS_COLUMN = 3;
    private static final int MIN_FLEXIBLE = 16;
    /** The rule of the shipped network pack, whose sentence the table words for potential synergies. */
    private static final String SHIPPED_NETWORK_RULE = "Network: Chertow's 3-2 heuristic";

    private SummaryTable() {
    }

    public static String render(Territory territory, ResourceTaxonomy taxonomy, Diagnostic diagnostic,
                                Locale locale) {
        return render(territory, taxonomy, diagnostic, null, locale);
    }

    /**
     * The table of a diagnostic whose territory was completed by activity profiles: synergies resting on declared
     * data first, then, apart, those resting on at least one estimated flow (to confirm in interview), then the
     * likely takers of offers no declared demand accepts. {@code estimation} null renders the plain table.
     */
    public static String render(Territory territory, ResourceTaxonomy taxonomy, Diagnostic diagnostic,
                                WorkspaceEstimation estimation, Locale locale) {
        return render(territory, taxonomy, diagnostic, estimation, locale, DEFAULT_WIDTH);
    }

    /**
     * The table fitted to a terminal {@code width} characters wide: names are shown whole when they fit, and only
     * the resource and partner columns are cut (with …) when the table would be wider. Below the table, a legend
     * says what its columns mean. Every synergy is potential until the actors confirm it: the table says so.
     */
    /**
     * Synergies a table shows at most: those of the largest net gain, the others counted. A region's thousands scroll
     * past a terminal unread; they are in synergies.csv and the report.
     */
    static final int SHOWN = 100;

    public static String render(Territory territory, ResourceTaxonomy taxonomy, Diagnostic diagnostic,
                                WorkspaceEstimation estimation, Locale locale, int width) {
        StringBuilder out = new StringBuilder();
        long substitutions = diagnostic.synergies().stream().filter(s -> s.kind() == SynergyKind.SUBSTITUTION)
                .count();
        out.append(text(locale, "summary.title", territory.name(), diagnostic.synergies().size(), substitutions,
                diagnostic.synergies().size() - substitutions, diagnostic.internal().stream()
                        .filter(Synergy::retained).count())).append('\n');
        if (diagnostic.network() != null) {
            out.append(network(diagnostic, locale)).append('\n');
        }
        Map<String, Actor> actors = territory.actorsById();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text(locale, "summary.id"), text(locale, "summary.kind"),
            text(locale, "summary.resource"), text(locale, "summary.partners"), text(locale, "summary.quantity"),
            text(locale, "summary.distance"), text(locale, "summary.type"), text(locale, "summary.confidence"),
            text(locale, "summary.gain")});
        List<Synergy> onEstimates = new ArrayList<>();
        List<Synergy> onDeclared = new ArrayList<>();
        for (Synergy s : diagnostic.synergies()) {
            (estimation != null && estimation.restsOnEstimates(s) ? onEstimates : onDeclared).add(s);
        }
        List<Synergy> declaredShown = ReportModel.largest(onDeclared, SHOWN);
        declaredShown.forEach(s -> rows.add(row(s, actors, taxonomy, locale)));
        List<Synergy> internalOnEstimates = new ArrayList<>();
        List<Synergy> internal = new ArrayList<>();
        // Internal loops the allocation retained; the others are counted with the alternatives.
        for (Synergy s : diagnostic.internal().stream().filter(Synergy::retained).toList()) {
            (estimation != null && estimation.restsOnEstimates(s) ? internalOnEstimates : internal).add(s);
        }
        if (!internal.isEmpty()) {
            rows.add(null);
            for (Synergy s : internal) {
                rows.add(row(s, actors, taxonomy, locale));
            }
        }
        if (estimation != null) {
            out.append(text(locale, "summary.estimated-flows", estimation.estimation().estimated().size(),
                    estimation.estimation().profiled().size(), estimation.estimation().unprofiled().size()))
                    .append('\n');
            out.append(text(locale, "summary.declared-synergies", diagnostic.synergies().size()
                    - onEstimates.size())).append('\n');
        }
        out.append('\n').append(table(rows, width));
        out.append(more(onDeclared.size() - declaredShown.size(), locale));
        out.append(legend(locale, !internal.isEmpty() || !internalOnEstimates.isEmpty()));
        if (estimation != null) {
            out.append('\n').append(text(locale, "summary.estimated-synergies", onEstimates.size())).append('\n');
            if (!onEstimates.isEmpty() || !internalOnEstimates.isEmpty()) {
                List<String[]> estimatedRows = new ArrayList<>();
                estimatedRows.add(rows.get(0));
                List<Synergy> estimatedShown = ReportModel.largest(onEstimates, SHOWN);
                estimatedShown.forEach(s -> estimatedRows.add(row(s, actors, taxonomy, locale)));
                if (!internalOnEstimates.isEmpty()) {
                    estimatedRows.add(null);
                    internalOnEstimates.forEach(s -> estimatedRows.add(row(s, actors, taxonomy, locale)));
                }
                out.append('\n').append(table(estimatedRows, width));
                out.append(more(onEstimates.size() - estimatedShown.size(), locale));
            }
            List<LikelyTakers.Proposal> takers = estimation.takersOfUnmatchedOffers();
            out.append('\n').append(text(locale, "summary.likely-takers", takers.size())).append('\n');
            for (LikelyTakers.Proposal p : takers) {
                NumberFormat km = NumberFormat.getNumberInstance(locale);
                km.setMaximumFractionDigits(1);
                out.append(text(locale, "summary.likely-taker", p.offer(), actorName(actors, p.supplier()),
                        taxonomy.find(p.resource()).map(r -> r.label(locale)).orElse(p.resource()),
                        actorName(actors, p.taker()), p.activity(),
                        p.distanceKm() == null ? "—" : km.format(p.distanceKm()).replace('\u00a0', ' ') + " km"))
                        .append('\n');
            }
        }
        if (!diagnostic.alternatives().isEmpty() || !diagnostic.refused().isEmpty()
                || diagnostic.partnersBeyond() > 0) {
            out.append('\n');
        }
        if (!diagnostic.alternatives().isEmpty()) {
            out.append(text(locale, "summary.alternatives", diagnostic.alternatives().size())).append('\n');
        }
        if (!diagnostic.refused().isEmpty()) {
            out.append(text(locale, "summary.refused", diagnostic.refused().size())).append('\n');
        }
        if (diagnostic.partnersBeyond() > 0) {
            out.append(text(locale, "summary.beyond", diagnostic.partnersBeyond())).append('\n');
        }
        gains(out, diagnostic, locale);
        territorialDiagnostic(out, diagnostic, locale);
        if (!diagnostic.toClassify().isEmpty()) {
            out.append('\n').append(text(locale, "summary.to-classify", diagnostic.toClassify().size())).append('\n');
            for (FlowToClassify flow : diagnostic.toClassify()) {
                String closest = String.join(", ", flow.candidates().stream().limit(3)
                        .map(id -> taxonomy.find(id).map(r -> r.label(locale)).orElse(id)).toList());
                out.append(text(locale, closest.isEmpty() ? "summary.to-classify-line"
                        : "summary.to-classify-closest", flow.id(), actorName(actors, flow.actorId()), flow.text(),
                        closest)).append('\n');
            }
        }
        if (!diagnostic.warnings().isEmpty()) {
            out.append('\n').append(text(locale, "summary.warnings", diagnostic.warnings().size())).append('\n');
        }
        return out.toString();
    }

    /** The territory's gains with their ranges and sources, and the cost of the approach. */
    private static void gains(StringBuilder out, Diagnostic diagnostic, Locale locale) {
        Gains totals = diagnostic.gains();
        if (totals.economic().isEmpty() && totals.environmental().isEmpty() && totals.social().isEmpty()) {
            return;
        }
        out.append('\n').append(text(locale, "summary.gains-title")).append('\n');
        List<GainFigure> shown = new ArrayList<>();
        totals.find("net").ifPresent(shown::add);
        for (String name : List.of("avoided-purchase", "avoided-disposal", "pooling-saving", "transport",
                "preparation", "transaction", "ghg-avoided", "diverted", "virgin-saved", "water-saved", "energy-saved", "jobs",
                "actors")) {
            totals.find(name).ifPresent(shown::add);
        }
        for (GainFigure f : shown) {
            String unit = unit(locale, f.unit());
            out.append("  ").append(f.low() == f.high()
                    ? f.label().in(locale) + (locale.getLanguage().equals("fr") ? " : " : ": ")
                    + amount(locale, f.central(), unit)
                    : text(locale, "summary.gains-line", f.label().in(locale), amount(locale, f.central(), ""),
                    amount(locale, f.low(), ""), amount(locale, f.high(), ""), unit).strip()).append('\n');
        }
        java.util.Set<String> sources = new java.util.TreeSet<>();
        List<Synergy> valued = new ArrayList<>(diagnostic.synergies());
        valued.addAll(diagnostic.internal());
        long partial = 0;
        long uneconomic = 0;
        for (Synergy s : valued) {
            for (GainFigure f : allFigures(s.gains())) {
                for (FactorUse u : f.factors()) {
                    if (!u.table().equals("parameter") && !u.table().equals("declared")) {
                        sources.add(u.table() + " (" + u.key() + ")");
                    } else if (u.table().equals("declared")) {
                        sources.add(text(locale, "summary.declared-costs"));
                    }
                }
            }
            partial += s.gains().notes().isEmpty() ? 0 : 1;
            uneconomic += s.gains().uneconomic() ? 1 : 0;
        }
        if (!sources.isEmpty()) {
            out.append("  ").append(text(locale, "summary.gains-sources", String.join(", ", sources))).append('\n');
        }
        if (partial > 0) {
            out.append("  ").append(text(locale, "summary.gains-notes", partial)).append('\n');
        }
        if (uneconomic > 0) {
            out.append(text(locale, "summary.uneconomic-count", uneconomic)).append('\n');
        }
        ApproachCost a = diagnostic.approach();
        if (a != null) {
            out.append(text(locale, "summary.approach", amount(locale, a.study().central(), a.study().unit()),
                    amount(locale, a.studyFte(), ""), a.studyMonths(), a.studyFunding(),
                    amount(locale, a.facilitationPerYear().central(), a.study().unit()),
                    amount(locale, a.facilitationFte(), ""), a.facilitationYears(), a.facilitationFunding(),
                    amount(locale, a.total().central(), a.total().unit()))).append('\n');
        }
    }

    private static List<GainFigure> allFigures(Gains g) {
        List<GainFigure> all = new ArrayList<>(g.economic());
        all.addAll(g.environmental());
        all.addAll(g.social());
        return all;
    }

    /** A unit in the reader's language: per year, FTE, actors. */
    private static String unit(Locale locale, String unit) {
        return Figures.unit(locale, unit);
    }

    /** A figure as a person reads it: three significant digits at most, grouped by thousands. */
    private static String amount(Locale locale, double value, String unit) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        double magnitude = Math.abs(value);
        number.setMaximumFractionDigits(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
        double shown = magnitude >= 1000 ? Math.round(value / Math.pow(10, Math.floor(Math.log10(magnitude)) - 2))
                * Math.pow(10, Math.floor(Math.log10(magnitude)) - 2) : value;
        return (number.format(shown) + (unit.isEmpty() ? "" : " " + unit)).replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    private static String actorName(Map<String, Actor> actors, String id) {
        return actors.containsKey(id) ? actors.get(id).name() : id;
    }

    private static String[] row(Synergy s, Map<String, Actor> actors, ResourceTaxonomy taxonomy, Locale locale) {
        String resource = taxonomy.find(s.resource()).map(r -> r.label(locale)).orElse(s.resource());
        if (!s.demandedResource().equals(s.resource())) {
            resource += " → " + taxonomy.find(s.demandedResource()).map(r -> r.label(locale))
                    .orElse(s.demandedResource());
        }
        String partners;
        if (s.relation() != null && s.relation().startsWith("pooling-theme")) {
            partners = text(locale, "summary.actors", s.actors().size());
        } else {
            partners = String.join(" → ", s.actors().stream()
                    .map(a -> actors.containsKey(a) ? actors.get(a).name() : a).toList());
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(s.quantity() != null && s.quantity() < 10 ? 2 : 0);
        // What the allocation retained, not what the pair could take.
        Double shown = s.allocation() != null && s.allocation().quantity() != null ? s.allocation().quantity()
                : s.quantity();
        String quantity = shown == null ? "—" : number.format(shown) + " " + s.unit()
                + (s.period() == null ? "" : text(locale, "summary.per-year"));
        number.setMaximumFractionDigits(1);
        String distance = s.distanceKm() == null ? "—" : number.format(s.distanceKm()) + " km";
        if (s.existing()) {
            partners += text(locale, "summary.existing");
        }
        return new String[] {s.id(), text(locale, "kind." + s.kind().id()), resource,
            partners, quantity.replace('\u202f', ' ').replace('\u00a0', ' '),
            distance.replace('\u00a0', ' '), s.chertowType() == 0 ? "—" : String.valueOf(s.chertowType()),
            text(locale, "confidence." + s.confidence().id()),
            s.gains().find("net").map(net -> amount(locale, net.central(), "")
                    + (s.gains().uneconomic() ? text(locale, "summary.uneconomic") : "")).orElse("—")};
    }

    /**
     * The 3-2 heuristic of the shipped network rule, worded for what the synergies are: potential, so the
     * heuristic would hold if they were realised. A territory's own network rule keeps its sentence.
     */
    private static String network(Diagnostic diagnostic, Locale locale) {
        var network = diagnostic.network();
        if (!SHIPPED_NETWORK_RULE.equals(network.rule())) {
            return network.explanation().in(locale);
        }
        return text(locale, network.met() ? "summary.network-met" : "summary.network-not-met",
                network.entities().size(), network.resources().size());
    }

    /** What the columns mean: kinds, Chertow's types, confidence, the internal loops under the blank line. */
    private static String legend(Locale locale, boolean internal) {
        StringBuilder out = new StringBuilder("\n");
        out.append(text(locale, "summary.legend-potential")).append('\n');
        out.append(text(locale, "summary.legend-chertow")).append('\n');
        out.append(text(locale, "summary.legend-confidence")).append('\n');
        if (internal) {
            out.append(text(locale, "summary.legend-internal")).append('\n');
        }
        return out.toString();
    }

    /** The line that says how many synergies a table left out, and where they are; empty when none. */
    private static String more(int left, Locale locale) {
        return left <= 0 ? "" : text(locale, "summary.more", left, SHOWN) + "\n";
    }

    /**
     * The rows as aligned columns within {@code width}: when the widest rows do not fit, the resource and partner
     * columns give way (the wider first, down to {@link #MIN_FLEXIBLE}); the other columns are short and kept whole.
     */
    static String table(List<String[]> rows, int width) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            if (row != null) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
        }
        int total = 2 * (columns - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > width && (widths[RESOURCE_COLUMN] > MIN_FLEXIBLE || widths[PARTNERS_COLUMN] > MIN_FLEXIBLE)) {
            int widest = widths[PARTNERS_COLUMN] >= widths[RESOURCE_COLUMN] ? PARTNERS_COLUMN : RESOURCE_COLUMN;
            if (widths[widest] <= MIN_FLEXIBLE) {
                widest = widest == PARTNERS_COLUMN ? RESOURCE_COLUMN : PARTNERS_COLUMN;
            }
            widths[widest]--;
            total--;
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            if (row == null) {
                out.append('\n');
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(String.format("%-" + widths[i] + "s", clip(row[i], widths[i])));
                if (i < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The AFOM analysis by quadrant, the first actions, the governance and the opportunity note's verdict. */
    private static void territorialDiagnostic(StringBuilder out, Diagnostic diagnostic, Locale locale) {
        if (!diagnostic.afom().isEmpty()) {
            out.append('\n').append(text(locale, "summary.afom-title")).append('\n');
            for (org.eit.core.api.AfomItem.Quadrant q : org.eit.core.api.AfomItem.Quadrant.values()) {
                List<org.eit.core.api.AfomItem> items = diagnostic.afom().stream().filter(i -> i.quadrant() == q)
                        .toList();
                out.append("  ").append(text(locale, "summary.afom." + q.id(), items.size())).append('\n');
                items.forEach(i -> out.append("    - ").append(i.statement().in(locale)).append('\n'));
            }
        }
        if (!diagnostic.actions().isEmpty()) {
            long first = diagnostic.actions().stream().filter(a -> a.priority() == 1).count();
            out.append('\n').append(text(locale, "summary.actions-title", diagnostic.actions().size(), first))
                    .append('\n');
            diagnostic.actions().stream().filter(a -> a.priority() == 1).forEach(a -> out.append("  ")
                    .append(text(locale, "summary.action-line", a.priority(), text(locale, "action.type." + a.type()),
                            text(locale, "action.horizon." + a.horizon()), a.title().in(locale))).append('\n'));
        }
        if (diagnostic.governance() != null) {
            out.append('\n').append(text(locale, "summary.governance",
                    diagnostic.governance().recommendation().in(locale))).append('\n');
        }
        if (diagnostic.opportunity() != null) {
            out.append(text(locale, "summary.opportunity", diagnostic.opportunity().verdict().in(locale)))
                    .append('\n');
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String text(Locale locale, String key, Object... args) {
        return ValidationReport.text(locale, key, args);
    }
}
