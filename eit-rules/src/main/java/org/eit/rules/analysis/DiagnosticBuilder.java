package org.eit.rules.analysis;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.NetworkAssessment;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.internal.text.Hashes;
import org.eit.core.model.Language;
import org.eit.core.problem.Problem;
import org.eit.rules.facts.Amount;
import org.eit.rules.facts.ChertowType;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.NetworkResult;

/**
 * Turns what the rules left in working memory into the {@link Diagnostic}: stable ids, sentences in both languages,
 * Chertow types, and a stable order.
 */
public final class DiagnosticBuilder {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern ELISION = Pattern.compile("(^|\\s)de ([aeiouyàâéèêëîïôûAEIOUYÀÂÉÈÊËÎÏÔÛ])");

    private DiagnosticBuilder() {
    }

    public static Diagnostic build(String territory, List<Object> results, List<String> packs,
                                   List<Problem> warnings, int maxPartners) {
        Map<String, Integer> chertow = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        NetworkResult network = null;
        for (Object result : results) {
            if (result instanceof Finding finding) {
                findings.add(finding);
            } else if (result instanceof ChertowType type) {
                chertow.merge(type.finding(), type.type(), Math::max);
            } else if (result instanceof NetworkResult assessment) {
                network = assessment;
            }
        }
        List<Finding> between = findings.stream().filter(f -> !f.internal()).toList();
        List<Finding> listed = maxPartners > 0 ? nearestPartners(between, maxPartners) : between;
        List<Synergy> synergies = new ArrayList<>();
        List<Synergy> internal = new ArrayList<>();
        for (Finding finding : listed) {
            synergies.add(synergy(finding, chertow.getOrDefault(finding.key(), 0)));
        }
        for (Finding finding : findings) {
            if (finding.internal()) {
                internal.add(synergy(finding, chertow.getOrDefault(finding.key(), 0)));
            }
        }
        Comparator<Synergy> order = Comparator.comparing(Synergy::kind)
                .thenComparing(Synergy::resource)
                .thenComparing(Synergy::id);
        synergies.sort(order);
        internal.sort(order);
        NetworkAssessment assessment = network == null ? null
                : new NetworkAssessment(network.rule(), network.met(), network.entities(), network.resources(),
                        render(network.template(), network.vars()));
        return new Diagnostic(territory, synergies, internal, assessment, packs, warnings,
                between.size() - listed.size());
    }

    /**
     * Keeps, for each offer and each demand, its {@code max} nearest partners (then by id, so the choice is
     * stable): a flow with dozens of possible partners within reach lists the few a facilitator would call first.
     * A pair stays when it is among the nearest of its offer or of its demand. Groups (pooling themes) are kept.
     */
    static List<Finding> nearestPartners(List<Finding> findings, int max) {
        Comparator<Finding> nearest = Comparator.comparingDouble(DiagnosticBuilder::distanceOrMax)
                .thenComparing(Finding::key);
        Map<String, List<Finding>> byFlow = new HashMap<>();
        for (Finding f : findings) {
            if (f.flows().size() == 2) {
                byFlow.computeIfAbsent(f.flows().get(0), k -> new ArrayList<>()).add(f);
                byFlow.computeIfAbsent(f.flows().get(1), k -> new ArrayList<>()).add(f);
            }
        }
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (List<Finding> candidates : byFlow.values()) {
            candidates.sort(nearest);
            candidates.stream().limit(max).forEach(f -> keep.add(f.key()));
        }
        return findings.stream().filter(f -> f.flows().size() != 2 || keep.contains(f.key())).toList();
    }

    private static double distanceOrMax(Finding f) {
        return f.distanceKm() == null ? Double.MAX_VALUE : f.distanceKm();
    }

    private static Synergy synergy(Finding f, int chertowType) {
        Finding.Details details = f.details().get();
        return new Synergy(id(f), f.kind(), f.rule(), f.relation(), f.actors(), f.flows(), f.resource(),
                f.demandedResource(), round(f.quantity()), f.unit(),
                f.quantity() != null && f.perYear() ? "year" : null, details.quantityBasis(), f.partial(),
                round(f.distanceKm()), chertowType, f.confidence(), render(f.template(), details.vars()),
                f.preparation(), f.source(), f.internal());
    }

    /**
     * A stable id from what the synergy is: its kind, rule and flows. The same flows matched by the same rule get
     * the same id in every run, so diagnostic versions can be compared synergy by synergy.
     */
    static String id(Finding f) {
        String prefix = f.kind() == SynergyKind.POOLING ? "P-" : f.internal() ? "I-" : "S-";
        return prefix + Hashes.sha256Hex(f.key()).substring(0, 10);
    }

    /** Numbers in results keep four significant digits: enough for a study, and stable across platforms. */
    static Double round(Double value) {
        if (value == null) {
            return null;
        }
        if (value == 0) {
            return 0.0;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).doubleValue();
    }

    /** Fills a rule's {@code @fr}/{@code @en} templates with the finding's values. */
    public static LocalizedText render(LocalizedText template, Map<String, Object> vars) {
        return new LocalizedText(fill(template.fr(), vars, Locale.FRENCH), fill(template.en(), vars, Locale.ENGLISH));
    }

    private static String fill(String template, Map<String, Object> vars, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = vars.get(m.group(1));
            String text = value == null ? m.group() : format(value, locale);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        String text = out.toString().replaceAll(" {2,}", " ").trim();
        // French elision once values are in: "de écorces" reads "d'écorces", "que il" does not occur in templates.
        return Language.of(locale) == Language.FR ? ELISION.matcher(text).replaceAll("$1d'$2") : text;
    }

    private static String format(Object value, Locale locale) {
        if (value instanceof LocalizedText text) {
            return text.in(locale);
        }
        if (value instanceof Amount amount) {
            return amount.in(locale);
        }
        if (value instanceof org.eit.rules.facts.PerYear perYear) {
            return perYear.in(locale);
        }
        if (value instanceof Number number) {
            return NumberFormat.getNumberInstance(locale).format(number).replace('\u202f', '\u00a0');
        }
        return String.valueOf(value);
    }

    /** The placeholder names a template uses, for checks of rule files. */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
