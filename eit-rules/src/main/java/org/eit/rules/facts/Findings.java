package org.eit.rules.facts;

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
import org.kie.api.definition.rule.Rule;

/**
 * What rule consequences call to record a finding: it computes the matched quantity, distance and confidence the
 * same way for every rule, and takes the sentence from the rule's own {@code @fr("...")} and {@code @en("...")}
 * metadata, so that a rule author writes the explanation next to the rule. Placeholders such as {@code {offerActor}}
 * are filled when the diagnostic is written (see the rule files for the names).
 */
public final class Findings {
    private Findings() {
    }

    /** An offer that can serve a demand of another actor (or of the same actor: an internal loop). */
    public static Finding exchange(Rule rule, Offer offer, Demand demand, Accepts accepts) {
        return pair(rule, offer, demand, accepts, SynergyKind.SUBSTITUTION);
    }

    /** Idle capacity (equipment, storage, staff, land, trucks) an actor offers to another that needs it. */
    public static Finding sharing(Rule rule, Offer offer, Demand demand, Accepts accepts) {
        return pair(rule, offer, demand, accepts, SynergyKind.POOLING);
    }

    private static Finding pair(Rule rule, Offer offer, Demand demand, Accepts accepts, SynergyKind kind) {
        Double supply = supplyInDemandUnit(offer, demand, accepts);
        Double quantity = null;
        boolean partial = false;
        if (supply != null && demand.getQuantity() != null) {
            quantity = Math.min(supply, demand.getQuantity());
            partial = Math.abs(supply - demand.getQuantity()) > 0.01 * Math.max(supply, demand.getQuantity());
        }
        double distance = offer.distanceTo(demand);
        Double distanceKm = Double.isFinite(distance) ? distance : null;
        boolean internal = offer.getActor().equals(demand.getActor());
        List<String> actors = internal ? List.of(offer.getActor()) : List.of(offer.getActor(), demand.getActor());
        List<String> partners = new ArrayList<>();
        if (!offer.isRecycler()) {
            partners.add(offer.getActor());
        }
        if (!demand.isRecycler() && !internal) {
            partners.add(demand.getActor());
        }
        boolean sameZone = offer.getZone() != null && offer.getZone().equals(demand.getZone());
        Confidence confidence = offer.getConfidence().min(demand.getConfidence());
        List<String> flows = List.of(offer.getId(), demand.getId());
        Double matched = quantity;
        return new Finding(key(kind, rule, flows), kind, rule.getName(), accepts.getRelation(), actors,
                flows, offer.getResource(), demand.getResource(), quantity,
                quantity == null ? null : demand.getUnit(), offer.isRate() && demand.isRate(), partial, distanceKm,
                sameZone, internal,
                confidence, accepts.getPreparation(), accepts.getSource(), partners, template(rule),
                () -> pairDetails(offer, demand, accepts, supply, matched, distanceKm));
    }

    private static Finding.Details pairDetails(Offer offer, Demand demand, Accepts accepts, Double supply,
                                               Double quantity, Double distanceKm) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("offerActor", offer.getActorName());
        vars.put("demandActor", demand.getActorName());
        vars.put("offered", inSentence(offer.getResourceLabel()));
        vars.put("demanded", inSentence(demand.getResourceLabel()));
        vars.put("offerQuantity", Amount.of(offer.getQuantity(), offer.getUnit()));
        vars.put("demandQuantity", Amount.of(demand.getQuantity(), demand.getUnit()));
        vars.put("ratio", accepts.getRatio());
        vars.put("mode", accepts.getMode());
        vars.put("reach", new Amount(accepts.getReachKm(), "km"));
        vars.put("preparation", accepts.getPreparation() == null ? new LocalizedText("", "")
                : accepts.getPreparation());
        String basis;
        if (quantity != null) {
            basis = String.format(Locale.ROOT, "min(%s %s x %s = %s %s, %s %s) = %s %s",
                    offer.getId(), Amount.plain(offer.getQuantity(), offer.getUnit(), offer.isRate()),
                    Amount.number(accepts.getRatio()), Amount.number(supply), demand.getUnit(), demand.getId(),
                    Amount.plain(demand.getQuantity(), demand.getUnit(), demand.isRate()), Amount.number(quantity),
                    demand.getUnit());
            vars.put("coverage", coverage(supply, demand.getQuantity()));
        } else {
            basis = offer.getQuantity() == null || demand.getQuantity() == null
                    ? "not sized: a flow has no quantity"
                    : "not sized: " + offer.getUnit() + " and " + demand.getUnit() + " do not convert";
            vars.put("coverage", new LocalizedText("Quantités à préciser.", "Quantities to be specified."));
        }
        vars.put("quantity", Amount.of(quantity, quantity == null ? null : demand.getUnit()));
        vars.put("distance", distanceKm == null ? new LocalizedText("distance inconnue", "unknown distance")
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
            return Units.require(accepts.getUnit()).convert(offer.getQuantity() * accepts.getRatio(),
                    Units.require(demand.getUnit()));
        } catch (UnitException e) {
            return null;
        }
    }

    private static LocalizedText coverage(double supply, double need) {
        if (supply < need * 0.99) {
            long percent = Math.round(100 * supply / need);
            return new LocalizedText("L'offre couvre " + percent + " % du besoin (correspondance partielle).",
                    "The offer covers " + percent + "% of the need (partial match).");
        }
        if (supply > need * 1.01) {
            long percent = Math.round(100 * need / supply);
            return new LocalizedText("Le besoin utilise " + percent + " % de l'offre (correspondance partielle).",
                    "The need takes " + percent + "% of the offer (partial match).");
        }
        return new LocalizedText("L'offre couvre le besoin.", "The offer covers the need.");
    }

    /** Several actors near each other sharing a need: one finding for the whole group. */
    public static Finding pooling(Rule rule, PoolingTheme theme, List<PoolMember> members) {
        List<PoolMember> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(m -> m.demand().getId()));
        List<String> flows = sorted.stream().map(m -> m.demand().getId()).toList();
        List<String> actors = new ArrayList<>(new TreeSet<>(sorted.stream().map(PoolMember::actor).toList()));
        List<String> names = new ArrayList<>();
        Map<String, String> nameOf = new LinkedHashMap<>();
        sorted.forEach(m -> nameOf.putIfAbsent(m.actor(), m.demand().getActorName()));
        actors.forEach(a -> names.add(nameOf.get(a)));

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
        List<String> partners = actors.stream()
                .filter(a -> sorted.stream().noneMatch(m -> m.actor().equals(a) && m.demand().isRecycler()))
                .toList();

        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("theme", inSentence(theme.label()));
        vars.put("count", actors.size());
        vars.put("members", String.join(", ", names));
        vars.put("radius", new Amount(theme.radiusKm(), "km"));
        vars.put("quantity", Amount.of(quantity, quantity == null ? null : unit.symbol()));
        boolean perYear = sorted.stream().allMatch(m -> m.demand().isRate());
        vars.put("total", quantity == null ? new LocalizedText("des quantités à préciser", "quantities to be specified")
                : perYear ? new PerYear(new Amount(quantity, unit.symbol())) : new Amount(quantity, unit.symbol()));
        vars.put("where", sameZone ? new LocalizedText("dans la zone " + zone, "in " + zone)
                : known ? new LocalizedText("à moins de " + Amount.localized(span, Locale.FRENCH) + " km les uns "
                        + "des autres", "within " + Amount.localized(span, Locale.ENGLISH) + " km of each other")
                : new LocalizedText("à proximité", "nearby"));
        Finding.Details details = new Finding.Details(basis, vars);
        // A group of one resource (a theme pooled by resource) names that resource, else the theme's family.
        List<String> resources = sorted.stream().map(m -> m.demand().getResource()).distinct().toList();
        String resource = resources.size() == 1 ? resources.get(0) : theme.family();
        return new Finding(key(SynergyKind.POOLING, rule, flows), SynergyKind.POOLING, rule.getName(),
                "pooling-theme:" + theme.id(), actors, flows, resource, resource, quantity,
                quantity == null ? null : unit.symbol(), perYear, false, known ? span : null, sameZone, false,
                confidence, null, theme.source(), partners, template(rule), () -> details);
    }

    /** Chertow's 3-2 heuristic over the territory's exchanges between different actors. */
    public static NetworkResult chertow32(Rule rule, List<Finding> exchanges) {
        TreeSet<String> entities = new TreeSet<>();
        TreeSet<String> resources = new TreeSet<>();
        for (Finding f : exchanges) {
            entities.addAll(f.partners());
            resources.add(f.resource());
        }
        boolean met = entities.size() >= 3 && resources.size() >= 2;
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("entities", entities.size());
        vars.put("resources", resources.size());
        vars.put("verdict", met ? new LocalizedText("L'heuristique 3-2 de Chertow est satisfaite",
                "Chertow's 3-2 heuristic holds")
                : new LocalizedText("L'heuristique 3-2 de Chertow n'est pas encore satisfaite",
                        "Chertow's 3-2 heuristic does not hold yet"));
        return new NetworkResult(rule.getName(), met, List.copyOf(entities), List.copyOf(resources), template(rule),
                vars);
    }

    /** A label as it reads inside a sentence: "Cendres volantes" becomes "cendres volantes", "PET usagé" stays. */
    static LocalizedText inSentence(LocalizedText label) {
        return new LocalizedText(lowerFirst(label.fr()), lowerFirst(label.en()));
    }

    private static String lowerFirst(String text) {
        String firstWord = text.split("[\\s'’-]", 2)[0];
        boolean acronym = firstWord.chars().filter(Character::isUpperCase).count() > 1;
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A stable key: the same rule over the same flows gives the same key in every run. */
    static String key(SynergyKind kind, Rule rule, List<String> flows) {
        return kind.id() + "|" + rule.getName() + "|" + String.join(",", flows);
    }

    private static LocalizedText template(Rule rule) {
        Object fr = rule.getMetaData().get("fr");
        Object en = rule.getMetaData().get("en");
        String fallback = rule.getName();
        return new LocalizedText(fr == null ? fallback : fr.toString(), en == null ? fallback : en.toString());
    }
}
