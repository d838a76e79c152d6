package org.eit.io.prioritize;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.GainFigure;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.Synergy;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.unit.Dimension;
import org.eit.core.unit.Units;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.report.CsvStyle;

/**
 * The companies to interview (fichier entreprises à auditer): the actors ranked by their potential. Four measures,
 * each divided by the territory's largest so that it lies between 0 and 1, make a score out of 100: the potential
 * synergies the actor takes part in (weight 35), their central net gain a year (30), its place in the network, its
 * partners plus the partners whose every synergy goes through it (20), and the tonnes a year of its flows estimated
 * from its activity, still to confirm (15). Ties go to the actor with more synergies, then to the smaller id:
 * the same diagnostic always gives the same ranking. Each actor's reason says the figures, in French and English.
 */
public final class Priorities {
    static final double W_SYNERGIES = 35;
    static final double W_VALUE = 30;
    static final double W_NETWORK = 20;
    static final double W_VOLUME = 15;

    /**
     * One actor's rank.
     *
     * @param score            out of 100, one decimal
     * @param synergies        the retained potential synergies it takes part in
     * @param onEstimates      among them, those resting on an estimated flow
     * @param netGain          the sum of their central net gains a year, in the territory's currency
     * @param partners         the other actors of its synergies
     * @param dependents       partners whose every synergy includes this actor
     * @param estimatedFlows   its flows estimated from its activity
     * @param estimatedTonnes  their tonnes a year (flows measured by mass)
     */
    public record Priority(int rank, Actor actor, double score, int synergies, int onEstimates, double netGain,
                           int partners, int dependents, int estimatedFlows, double estimatedTonnes,
                           LocalizedText reason) {
    }

    private Priorities() {
    }

    /**
     * Ranks the actors of {@code territory} (the analysed one, completed by {@code estimation} when not null) by the
     * synergies of {@code diagnostic}.
     */
    public static List<Priority> rank(Territory territory, Diagnostic diagnostic, WorkspaceEstimation estimation,
                                      String currency) {
        Map<String, List<Synergy>> byActor = new HashMap<>();
        for (Synergy synergy : diagnostic.synergies()) {
            for (String actor : new TreeSet<>(synergy.actors())) {
                byActor.computeIfAbsent(actor, a -> new ArrayList<>()).add(synergy);
            }
        }
        Map<String, Set<String>> partnersOf = new HashMap<>();
        byActor.forEach((actor, synergies) -> {
            Set<String> partners = new TreeSet<>();
            synergies.forEach(s -> partners.addAll(s.actors()));
            partners.remove(actor);
            partnersOf.put(actor, partners);
        });
        List<Measures> measures = new ArrayList<>();
        for (Actor actor : territory.actors()) {
            List<Synergy> own = byActor.getOrDefault(actor.id(), List.of());
            Set<String> partners = partnersOf.getOrDefault(actor.id(), Set.of());
            int dependents = 0;
            for (String partner : partners) {
                if (byActor.getOrDefault(partner, List.of()).stream().allMatch(s -> s.actors().contains(actor.id()))) {
                    dependents++;
                }
            }
            double net = own.stream().mapToDouble(s -> s.gains().find("net").map(GainFigure::central).orElse(0.0))
                    .sum();
            int onEstimates = estimation == null ? 0
                    : (int) own.stream().filter(estimation::restsOnEstimates).count();
            int estimatedFlows = 0;
            double tonnes = 0;
            if (estimation != null) {
                for (Flow flow : territory.flows()) {
                    if (flow.actorId().equals(actor.id()) && estimation.estimation().isEstimated(flow.id())) {
                        estimatedFlows++;
                        if (flow.quantity() != null && flow.quantity().isRate()
                                && flow.quantity().unit().dimension() == Dimension.MASS) {
                            tonnes += flow.quantity().annualIn(Units.require("t"));
                        }
                    }
                }
            }
            measures.add(new Measures(actor, own.size(), onEstimates, net, partners.size(), dependents,
                    estimatedFlows, tonnes));
        }
        double maxSynergies = measures.stream().mapToDouble(Measures::synergies).max().orElse(0);
        double maxValue = measures.stream().mapToDouble(m -> Math.max(0, m.net())).max().orElse(0);
        double maxNetwork = measures.stream().mapToDouble(m -> m.partners() + m.dependents()).max().orElse(0);
        double maxTonnes = measures.stream().mapToDouble(Measures::tonnes).max().orElse(0);
        List<Scored> scored = new ArrayList<>();
        for (Measures m : measures) {
            double[] parts = {W_SYNERGIES * share(m.synergies(), maxSynergies),
                W_VALUE * share(Math.max(0, m.net()), maxValue),
                W_NETWORK * share(m.partners() + m.dependents(), maxNetwork),
                W_VOLUME * share(m.tonnes(), maxTonnes)};
            double score = Math.round((parts[0] + parts[1] + parts[2] + parts[3]) * 10) / 10.0;
            scored.add(new Scored(m, score, parts));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingInt((Scored s) -> s.m().synergies()).reversed())
                .thenComparing(s -> s.m().actor().id()));
        List<Priority> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            Measures m = s.m();
            ranked.add(new Priority(i + 1, m.actor(), s.score(), m.synergies(), m.onEstimates(), m.net(),
                    m.partners(), m.dependents(), m.estimatedFlows(), m.tonnes(),
                    new LocalizedText(reason(s, currency, Locale.FRENCH), reason(s, currency, Locale.ENGLISH))));
        }
        return ranked;
    }

    private record Measures(Actor actor, int synergies, int onEstimates, double net, int partners, int dependents,
                            int estimatedFlows, double tonnes) {
    }

    private record Scored(Measures m, double score, double[] parts) {
    }

    private static double share(double value, double max) {
        return max <= 0 ? 0 : value / max;
    }

    private static final String[] PART_KEYS = {"prio.main.synergies", "prio.main.value", "prio.main.network",
        "prio.main.volume"};

    private static String reason(Scored s, String currency, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.eit.io.survey.Survey", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Measures m = s.m();
        List<String> said = new ArrayList<>();
        if (m.synergies() == 0) {
            said.add(text(bundle, locale, "prio.none"));
        } else {
            said.add(text(bundle, locale, "prio.synergies", m.synergies(), m.onEstimates()));
            if (m.net() != 0) {
                said.add(text(bundle, locale, "prio.value", number(m.net(), locale), currency));
            }
            said.add(text(bundle, locale, "prio.partners", m.partners(), m.dependents()));
        }
        if (m.estimatedFlows() > 0) {
            said.add(m.tonnes() > 0 ? text(bundle, locale, "prio.estimated-t", m.estimatedFlows(),
                    number(m.tonnes(), locale)) : text(bundle, locale, "prio.estimated", m.estimatedFlows()));
        }
        String sentence = String.join("; ", said);
        int main = -1;
        for (int i = 0; i < s.parts().length; i++) {
            if (s.parts()[i] > 0 && (main < 0 || s.parts()[i] > s.parts()[main])) {
                main = i;
            }
        }
        String lead = main < 0 ? text(bundle, locale, "prio.main.nothing") : text(bundle, locale, PART_KEYS[main]);
        return lead + " " + sentence + ".";
    }

    private static String text(ResourceBundle bundle, Locale locale, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Three significant digits, grouped as the language groups thousands. */
    static String number(double value, Locale locale) {
        double rounded = org.eit.core.internal.text.Numbers.significant(value, 3);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(rounded).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** The ranking as a spreadsheet table; {@code french}: French column names, {@code ;} and decimal comma. */
    public static byte[] csv(List<Priority> ranked, boolean french) {
        char sep = french ? ';' : ',';
        StringBuilder out = new StringBuilder();
        String[] header = french
                ? new String[] {"rang", "identifiant", "nom", "score", "synergies", "sur estimations", "gain net central",
                    "partenaires", "partenaires dépendants", "flux estimés", "tonnes estimées par an", "raison",
                    "reason"}
                : new String[] {"rank", "id", "name", "score", "synergies", "on estimates", "central net gain",
                    "partners", "dependent partners", "estimated flows", "estimated tonnes a year", "raison",
                    "reason"};
        row(out, sep, (Object[]) header);
        for (Priority p : ranked) {
            row(out, sep, p.rank(), p.actor().id(), p.actor().name(), decimal(p.score(), french), p.synergies(),
                    p.onEstimates(), decimal(p.netGain(), french), p.partners(), p.dependents(), p.estimatedFlows(),
                    decimal(p.estimatedTonnes(), french), p.reason().fr(), p.reason().en());
        }
        return CsvStyle.utf8(out.toString(), french);
    }

    private static String decimal(double value, boolean french) {
        return CsvStyle.number(value, french ? ',' : '.');
    }

    private static void row(StringBuilder out, char sep, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(sep);
            }
            String text = String.valueOf(cells[i]);
            if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.indexOf(sep) >= 0 || text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf(';') >= 0
                    || text.indexOf('\n') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
