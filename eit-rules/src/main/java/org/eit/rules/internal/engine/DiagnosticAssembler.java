package org.eit.rules.internal.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.internal.text.Hashes;
import org.eit.core.problem.Problem;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.Finding;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.StageContext;

/**
 * Turns what the stages published ({@link Results}) into the {@link Diagnostic}: stable ids, sentences in both
 * languages (written only for what is listed), Chertow types, rounded numbers and a stable order.
 */
final class DiagnosticAssembler {
    private static final Comparator<Synergy> ORDER = Comparator.comparing(Synergy::kind)
            .thenComparing(Synergy::resource)
            .thenComparing(Synergy::id);

    private DiagnosticAssembler() {
    }

    static Diagnostic build(StageContext results, List<String> packs, List<Problem> warnings) {
        Map<String, Integer> chertow = results.find(Results.CHERTOW_TYPES).orElse(Map.of());
        List<Synergy> synergies = new ArrayList<>();
        for (Finding finding : results.find(Results.LISTED).orElse(List.of())) {
            synergies.add(synergy(finding, chertow.getOrDefault(finding.key(), 0)));
        }
        List<Synergy> internal = new ArrayList<>();
        for (Finding finding : results.find(Results.FINDINGS).orElse(List.of())) {
            if (finding.internal()) {
                internal.add(synergy(finding, chertow.getOrDefault(finding.key(), 0)));
            }
        }
        synergies.sort(ORDER);
        internal.sort(ORDER);
        return new Diagnostic(results.territory().name(), synergies, internal,
                results.find(Results.NETWORK).orElse(null), packs, warnings,
                results.find(Results.LEFT_OUT).orElse(0), results.territory().toClassify());
    }

    private static Synergy synergy(Finding f, int chertowType) {
        Finding.Details details = f.details().get();
        return new Synergy(id(f), f.kind(), f.rule(), f.relation(), f.actors(), f.flows(), f.resource(),
                f.demandedResource(), round(f.quantity()), f.unit(),
                f.quantity() != null && f.perYear() ? "year" : null, details.quantityBasis(), f.partial(),
                round(f.distanceKm()), chertowType, f.confidence(), Sentences.render(f.template(), details.vars()),
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
        return new BigDecimal(value).round(new MathContext(4)).doubleValue();
    }
}
