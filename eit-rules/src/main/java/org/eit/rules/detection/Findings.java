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
import org.eit.rules.facts.Reason;
import org.eit.rules.gains.Economics;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules of synergy call to propose one, and how a proposal becomes a finding. The arithmetic is the same
 * for every rule: the matched quantity ({@link Matching}), the distance, the confidence (the lowest of the flows')
 * and the stable key (the kind and the flows, so that a pair several rules found is one finding). The sentence is
 * each rule's own {@code @fr}/{@code @en} metadata; the fragments it shares with other rules are in
 * {@code Phrases.properties}.
 */
public final class Findings {
    /** The detection stage's sentence fragments. */
    public static final PhraseBook PHRASES = PhraseBook.of(Findings.class);

    private Findings() {
    }

    /** An offer that can serve a demand of another actor (or of the same actor: an internal loop). */
    public static Proposal exchange(Rule rule, Candidate candidate) {
        return new Proposal(SynergyKind.SUBSTITUTION, candidate, Reason.of(rule));
    }

    /** Idle capacity (equipment, storage, staff, land, trucks) an actor offers to another that needs it. */
    public static Proposal sharing(Rule rule, Candidate candidate) {
        return new Proposal(SynergyKind.POOLING, candidate, Reason.of(rule));
    }

    /**
     * The finding of a candidate the rules proposed and nobody refused: one per pair, with every rule that proposed
     * it, the criterion of reach that held and the conditions the rules of feasibility set.
     */
    static Finding pair(Candidate candidate, List<Proposal> proposals, WithinReach reach,
                        List<Condition> conditions) {
        Offer offer = candidate.getOffer();
        Demand demand = candidate.getDemand();
        Accepts accepts = candidate.getAccepts();
        Matching matching = candidate.getMatching();
        SynergyKind kind = proposals.get(0).kind();
        Double distanceKm = Double.isFinite(candidate.getDistanceKm()) ? candidate.getDistanceKm() : null;
        boolean internal = candidate.isInternal();
        List<String> actors = internal ? List.of(offer.getActor()) : List.of(offer.getActor(), demand.getActor());
        boolean sameZone = offer.getZone() != null && offer.getZone().equals(demand.getZone());
        Confidence confidence = offer.getConfidence().min(demand.getConfidence());
        List<String> flows = List.of(offer.getId(), demand.getId());
        String relation = offer.isShared() && kind == SynergyKind.POOLING ? Finding.SHARED : accepts.relation();
        Double quantity = matching.matched();
        Double offerPerUnit = quantity == null || matching.supply() == null || matching.supply() == 0
                || offer.getQuantity() == null ? null : offer.getQuantity() / matching.supply();
        return new Finding(kind.id() + "|" + String.join(",", flows), kind,
                proposals.stream().map(Proposal::reason).toList(), relation, actors, flows, offer.getResource(),
                demand.getResource(), quantity, quantity == null ? null : demand.getUnit(),
                offer.isRate() && demand.isRate(), offerPerUnit, distanceKm, sameZone, internal,
                candidate.isExisting(), offer.isEstimated() || demand.isEstimated(), confidence, accepts.preparation(),
                accepts.preparationOps(), accepts.source(), accepts.outlet(), accepts.mode(), candidate.getEconomics(),
                reach == null ? null : reach.criterion(), reach == null ? null : reach.reason(),
                conditions.stream().map(Condition::reason).toList(),
                () -> new Finding.Details(matching.basis(), pairVars(candidate)));
    }

    /**
     * The values every sentence about a pair may use, whichever rule wrote it: each worked out when a sentence asks
     * for it (a sentence uses a few of these thirty, and a region writes sentences for a hundred thousand pairs).
     */
    static Map<String, Object> pairVars(Candidate candidate) {
        return new PairVars(candidate);
    }

    /** How each value of {@link #pairVars} is worked out, in the order they are listed. */
    private static final Map<String, java.util.function.Function<Candidate, Object>> PAIR_VARS =
            new LinkedHashMap<>();

    static {
        PAIR_VARS.put("offerActor", c -> c.getOffer().getActorName());
        PAIR_VARS.put("demandActor", c -> c.getDemand().getActorName());
        PAIR_VARS.put("offered", c -> Sentences.inSentence(c.getOffer().getResourceLabel()));
        PAIR_VARS.put("demanded", c -> Sentences.inSentence(c.getDemand().getResourceLabel()));
        PAIR_VARS.put("offerQuantity", c -> Amount.of(c.getOffer().getQuantity(), c.getOffer().getUnit()));
        PAIR_VARS.put("demandQuantity", c -> Amount.of(c.getDemand().getQuantity(), c.getDemand().getUnit()));
        PAIR_VARS.put("ratio", c -> c.getAccepts().ratio());
        PAIR_VARS.put("mode", c -> c.getAccepts().mode());
        PAIR_VARS.put("reach", c -> new Amount(c.getAccepts().reachKm(), "km"));
        PAIR_VARS.put("threshold", c -> c.getAccepts().threshold());
        PAIR_VARS.put("preparation", c -> c.getAccepts().preparation() == null ? new LocalizedText("", "")
                : c.getAccepts().preparation());
        PAIR_VARS.put("coverage", c -> c.getMatching().matched() == null ? PHRASES.phrase("coverage.unsized")
                : coverage(c.getMatching()));
        PAIR_VARS.put("quantity", c -> Amount.of(c.getMatching().matched(), c.getMatching().matched() == null ? null
                : c.getDemand().getUnit()));
        PAIR_VARS.put("months", c -> c.getMatching().commonMonths());
        PAIR_VARS.put("use", c -> PHRASES.phrase("use." + (c.getAccepts().outlet() == null ? "none"
                : c.getAccepts().outlet())));
        PAIR_VARS.put("fedAnimals", c -> PHRASES.phrase("animals." + (c.getDemand().getSpeciesGroup() == null ? "any"
                : c.getDemand().getSpeciesGroup())));
        PAIR_VARS.put("distance", c -> Double.isFinite(c.getDistanceKm()) ? new Amount(c.getDistanceKm(), "km")
                : Amount.COMMON.phrase("distance.unknown"));
        PAIR_VARS.put("route", c -> Double.isFinite(c.getDistanceKm()) ? new Amount(c.getRouteKm(), "km")
                : Amount.COMMON.phrase("distance.unknown"));
        PAIR_VARS.put("density", c -> c.getEconomics().heatDensity() == null
                || c.getEconomics().heatDensity().isInfinite() ? Amount.COMMON.phrase("quantity.unknown")
                : new Amount(c.getEconomics().heatDensity(), "MWh"));
        PAIR_VARS.put("saving", c -> Amount.of(c.getEconomics().savingPerUnit(), "€/" + c.getOffer().getUnit()));
        PAIR_VARS.put("transport", c -> Amount.of(c.getEconomics().transportPerUnit(),
                "€/" + c.getOffer().getUnit()));
        PAIR_VARS.put("valueToCost", c -> c.getEconomics().pipeValueToCost() == null
                ? Amount.COMMON.phrase("quantity.unknown") : new Amount(c.getEconomics().pipeValueToCost(), ""));
    }

    /** {@link #pairVars}: a map whose values are worked out on first reading, each once. */
    private static final class PairVars extends java.util.AbstractMap<String, Object> {
        private final Candidate candidate;
        private final Map<String, Object> known = new java.util.HashMap<>();

        PairVars(Candidate candidate) {
            this.candidate = candidate;
        }

        @Override
        public boolean containsKey(Object key) {
            return PAIR_VARS.containsKey(key);
        }

        @Override
        public Object get(Object key) {
            java.util.function.Function<Candidate, Object> value = PAIR_VARS.get(key);
            if (value == null) {
                return null;
            }
            // Not computeIfAbsent: a value may be null (no ratio), and is then worked out again, as cheaply.
            Object found = known.get(key);
            if (found == null) {
                found = value.apply(candidate);
                known.put((String) key, found);
            }
            return found;
        }

        @Override
        public java.util.Set<String> keySet() {
            return java.util.Collections.unmodifiableSet(PAIR_VARS.keySet());
        }

        @Override
        public int size() {
            return PAIR_VARS.size();
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new LinkedHashMap<>();
            PAIR_VARS.keySet().forEach(name -> all.put(name, get(name)));
            return java.util.Collections.unmodifiableMap(all).entrySet();
        }
    }

    private static Object coverage(Matching matching) {
        double supply = matching.offered();
        double needed = matching.needed();
        if (supply < needed * 0.99) {
            return PHRASES.phrase("coverage.partial-offer", "percent", Math.round(100 * supply / needed));
        }
        if (supply > needed * 1.01) {
            return PHRASES.phrase("coverage.partial-need", "percent", Math.round(100 * needed / supply));
        }
        return PHRASES.phrase("coverage.full");
    }

    /** Several actors near each other sharing a need: one synergy for the whole group. */
    public static GroupProposal pooling(Rule rule, PoolingTheme theme, List<PoolMember> members) {
        return new GroupProposal(Reason.of(rule), theme, members);
    }

    /** The finding of a group, or of groups of one theme with the same actors, merged. */
    static Finding group(List<Reason> reasons, PoolingTheme theme, List<PoolMember> members) {
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
        double span = GroupSpan.of(sorted.stream().map(PoolMember::demand).toList());
        boolean known = Double.isFinite(span);
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
        return new Finding(SynergyKind.POOLING.id() + "|pooling-theme:" + theme.id() + "|" + String.join(",", flows),
                SynergyKind.POOLING, reasons, "pooling-theme:" + theme.id(), actors, flows,
                resource, resource, quantity, quantity == null ? null : unit.symbol(), perYear, null,
                known ? span : null, sameZone, false, false,
                sorted.stream().anyMatch(m -> m.demand().isEstimated()), confidence, null, null, theme.source(), null, null,
                null, null, null,
                theme.condition() == null ? List.of() : List.of(new Reason("pooling-themes.csv: " + theme.id(),
                        "pooling", theme.source(), theme.condition(), Map.of())),
                () -> details);
    }
}
