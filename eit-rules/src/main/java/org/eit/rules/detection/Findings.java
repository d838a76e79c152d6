package org.eit.rules.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SynergyKind;
import org.eit.core.model.Confidence;
import org.eit.core.unit.Unit;
import org.eit.core.unit.UnitException;
import org.eit.core.unit.Units;
import org.eit.rules.explain.Amount;
import org.eit.rules.explain.PerYear;
import org.eit.rules.explain.PhraseBook;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.Offer;
import org.kie.api.definition.rule.Rule;

/**
 * What detection rules call to record a finding. The arithmetic is the same for every rule: the matched quantity
 * (the offer times the ratio, converted to the demand's unit, and the smaller of the two), the distance, the
 * confidence (the lowest of the flows') and the stable key. The sentence is the rule's own {@code @fr}/{@code @en}
 * metadata; the fragments it shares with other rules are in {@code Phrases.properties}.
 */
public final class Findings {
    /** The detection stage's sentence fragments. */
    public static final PhraseBook PHRASES = PhraseBook.of(Findings.class);

    private Findings() {
    }

    /** An offer that can serve a demand of another actor (or of the same actor: an internal loop). */
    public static Finding exchange(Rule rule, Candidate candidate) {
        return pair(rule, candidate, SynergyKind.SUBSTITUTION);
    }

    /** Idle capacity (equipment, storage, staff, land, trucks) an actor offers to another that needs it. */
    public static Finding sharing(Rule rule, Candidate candidate) {
        return pair(rule, candidate, SynergyKind.POOLING);
    }

    private static Finding pair(Rule rule, Candidate candidate, SynergyKind kind) {
        Offer offer = candidate.offer();
        Demand demand = candidate.demand();
        Accepts accepts = candidate.accepts();
        Double supply = supplyInDemandUnit(offer, demand, accepts);
        Double quantity = null;
        boolean partial = false;
        if (supply != null && demand.getQuantity() != null) {
            quantity = Math.min(supply, demand.getQuantity());
            partial = Math.abs(supply - demand.getQuantity()) > 0.01 * Math.max(supply, demand.getQuantity());
        }
        Double distanceKm = Double.isFinite(candidate.distanceKm()) ? candidate.distanceKm() : null;
        boolean internal = candidate.internal();
        List<String> actors = internal ? List.of(offer.getActor()) : List.of(offer.getActor(), demand.getActor());
        boolean sameZone = offer.getZone() != null && offer.getZone().equals(demand.getZone());
        Confidence confidence = offer.getConfidence().min(demand.getConfidence());
        List<String> flows = List.of(offer.getId(), demand.getId());
        Double matched = quantity;
        return new Finding(key(kind, rule, flows), kind, rule.getName(), accepts.relation(), actors,
                flows, offer.getResource(), demand.getResource(), quantity,
                quantity == null ? null : demand.getUnit(), offer.isRate() && demand.isRate(), partial, distanceKm,
                sameZone, internal, confidence, accepts.preparation(), accepts.source(), template(rule),
                () -> pairDetails(offer, demand, accepts, supply, matched, distanceKm));
    }

    private static Finding.Details pairDetails(Offer offer, Demand demand, Accepts accepts, Double supply,
                                               Double quantity, Double distanceKm) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("offerActor", offer.getActorName());
        vars.put("demandActor", demand.getActorName());
        vars.put("offered", Sentences.inSentence(offer.getResourceLabel()));
        vars.put("demanded", Sentences.inSentence(demand.getResourceLabel()));
        vars.put("offerQuantity", Amount.of(offer.getQuantity(), offer.getUnit()));
        vars.put("demandQuantity", Amount.of(demand.getQuantity(), demand.getUnit()));
        vars.put("ratio", accepts.ratio());
        vars.put("mode", accepts.mode());
        vars.put("reach", new Amount(accepts.reachKm(), "km"));
        vars.put("preparation", accepts.preparation() == null ? new LocalizedText("", "") : accepts.preparation());
        String basis;
        if (quantity != null) {
            basis = String.format(Locale.ROOT, "min(%s %s x %s = %s %s, %s %s) = %s %s",
                    offer.getId(), Amount.plain(offer.getQuantity(), offer.getUnit(), offer.isRate()),
                    Amount.number(accepts.ratio()), Amount.number(supply), demand.getUnit(), demand.getId(),
                    Amount.plain(demand.getQuantity(), demand.getUnit(), demand.isRate()), Amount.number(quantity),
                    demand.getUnit());
            vars.put("coverage", coverage(supply, demand.getQuantity()));
        } else {
            basis = offer.getQuantity() == null || demand.getQuantity() == null
                    ? "not sized: a flow has no quantity"
                    : "not sized: " + offer.getUnit() + " and " + demand.getUnit() + " do not convert";
            vars.put("coverage", PHRASES.phrase("coverage.unsized"));
        }
        vars.put("quantity", Amount.of(quantity, quantity == null ? null : demand.getUnit()));
        vars.put("distance", distanceKm == null ? Amount.COMMON.phrase("distance.unknown")
                : new Amount(distanceKm, "km"));
        return new Finding.Details(basis, vars);
    }

    /**
     * The offer's yearly quantity in the demand's unit: times the ratio, which gives the accepted unit, then
     * converted to the demand's unit; null when a quantity is missing or the units measure different things.
     */
    private static Double supplyInDemandUnit(Offer offer, Demand demand, Accepts accepts) {
        if (offer.getQuantity() == null) {
            return null;
        }
        try {
            return Units.require(accepts.unit()).convert(offer.getQuantity() * accepts.ratio(),
                    Units.require(demand.getUnit()));
        } catch (UnitException e) {
            return null;
        }
    }

    private static Object coverage(double supply, double need) {
        if (supply < need * 0.99) {
            return PHRASES.phrase("coverage.partial-offer", "percent", Math.round(100 * supply / need));
        }
        if (supply > need * 1.01) {
            return PHRASES.phrase("coverage.partial-need", "percent", Math.round(100 * need / supply));
        }
        return PHRASES.phrase("coverage.full");
    }

    /** Several actors near each other sharing a need: one finding for the whole group. */
    public static Finding pooling(Rule rule, PoolingTheme theme, List<PoolMember> members) {
        List<PoolMember> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(m -> m.demand().getId()));
        List<String> flows = sorted.stream().map(m -> m.demand().getId()).toList();
        List<String> actors = new ArrayList<>(new TreeSet<>(sorted.stream().map(PoolMember::actor).toList()));
        Map<String, String> nameOf = new LinkedHashMap<>();
        sorted.forEach(m -> nameOf.putIfAbsent(m.actor(), m.demand().getActorName()));
        List<String> names = actors.stream().map(nameOf::get).toList();

        Unit unit = Units.require(theme.unit());
        double total = 0;
        int sized = 0;
        for (PoolMember member : sorted) {
            Demand d = member.demand();
            if (d.getQuantity() != null) {
                try {
                    total += Units.require(d.getUnit()).convert(d.getQuantity(), unit);
                    sized++;
                } catch (UnitException e) {
                    // a member in another dimension is counted as a participant but not summed
                }
            }
        }
        Double quantity = sized == 0 ? null : total;
        String basis = sized == 0 ? "not sized: no member has a quantity in " + unit.symbol()
                : String.format(Locale.ROOT, "sum of %d of %d demands (%s) = %s %s", sized, sorted.size(),
                        String.join(", ", flows), Amount.number(total), unit.symbol());
        double span = 0;
        boolean known = true;
        for (PoolMember a : sorted) {
            for (PoolMember b : sorted) {
                double d = a.demand().distanceTo(b.demand());
                if (Double.isFinite(d)) {
                    span = Math.max(span, d);
                } else {
                    known = false;
                }
            }
        }
        String zone = sorted.get(0).demand().getZone();
        boolean sameZone = zone != null && sorted.stream().allMatch(m -> zone.equals(m.demand().getZone()));
        Confidence confidence = sorted.stream().map(m -> m.demand().getConfidence())
                .reduce(Confidence.HIGH, Confidence::min);

        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("theme", Sentences.inSentence(theme.label()));
        vars.put("count", actors.size());
        vars.put("members", String.join(", ", names));
        vars.put("radius", new Amount(theme.radiusKm(), "km"));
        vars.put("quantity", Amount.of(quantity, quantity == null ? null : unit.symbol()));
        boolean perYear = sorted.stream().allMatch(m -> m.demand().isRate());
        vars.put("total", quantity == null ? PHRASES.phrase("total.unsized")
                : perYear ? PerYear.of(new Amount(quantity, unit.symbol())) : new Amount(quantity, unit.symbol()));
        vars.put("where", sameZone ? PHRASES.phrase("where.zone", "zone", zone)
                : known ? PHRASES.phrase("where.within", "span", new Amount(span, "km"))
                : PHRASES.phrase("where.nearby"));
        Finding.Details details = new Finding.Details(basis, vars);
        // A group of one resource (a theme pooled by resource) names that resource, else the theme's family.
        List<String> resources = sorted.stream().map(m -> m.demand().getResource()).distinct().toList();
        String resource = resources.size() == 1 ? resources.get(0) : theme.family();
        return new Finding(key(SynergyKind.POOLING, rule, flows), SynergyKind.POOLING, rule.getName(),
                "pooling-theme:" + theme.id(), actors, flows, resource, resource, quantity,
                quantity == null ? null : unit.symbol(), perYear, false, known ? span : null, sameZone, false,
                confidence, null, theme.source(), template(rule), () -> details);
    }

    /** A stable key: the same rule over the same flows gives the same key in every run. */
    static String key(SynergyKind kind, Rule rule, List<String> flows) {
        return kind.id() + "|" + rule.getName() + "|" + String.join(",", flows);
    }

    /** The rule's {@code @fr} and {@code @en} sentences; its name where one is missing (validate reports it). */
    public static LocalizedText template(Rule rule) {
        Object fr = rule.getMetaData().get("fr");
        Object en = rule.getMetaData().get("en");
        String fallback = rule.getName();
        return new LocalizedText(fr == null ? fallback : fr.toString(), en == null ? fallback : en.toString());
    }
}
