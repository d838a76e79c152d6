package org.eit.rules.detection;

import java.util.Locale;
import org.eit.core.unit.UnitException;
import org.eit.core.unit.Units;
import org.eit.rules.explain.Amount;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.Offer;

/**
 * How much of an offer can serve a demand, in the demand's unit: the offer's yearly quantity times the ratio of the
 * resources, converted; over the months both have in common when either gives its months (heat a dryer needs three
 * months a year is matched for those three months only); and the smaller of that and the need. Arithmetic only:
 * whether the pair is a synergy is for the rules.
 *
 * @param supply       the offer's yearly quantity in the demand's unit, or null when it cannot be known
 * @param offered      what the offer gives over the common months, in the demand's unit, or null
 * @param needed       what the demand needs over the common months, or null
 * @param matched      what can be exchanged in a year, or null when a quantity is missing or units do not convert
 * @param commonMonths how many months both sides share (12 when neither gives months)
 * @param offer        the offer
 * @param demand       the demand
 * @param ratio        units of the demanded resource one unit of the offered resource replaces
 */
public record Matching(Double supply, Double offered, Double needed, Double matched, int commonMonths, Offer offer,
                       Demand demand, double ratio) {

    static Matching of(Offer offer, Demand demand, Accepts accepts) {
        Double supply = supplyInDemandUnit(offer, demand, accepts);
        int months = 0;
        for (Integer month : offer.getMonths()) {
            if (demand.getMonths().contains(month)) {
                months++;
            }
        }
        if (supply == null || demand.getQuantity() == null) {
            return new Matching(supply, null, null, null, months, offer, demand, accepts.ratio());
        }
        // A seasonal flow gives its quantity over its own months; each side counts only the common months.
        double offered = supply * months / offer.getMonths().size();
        double needed = demand.getQuantity() * months / demand.getMonths().size();
        return new Matching(supply, offered, needed, Math.min(offered, needed), months, offer, demand,
                accepts.ratio());
    }

    /** How {@code matched} was computed, for the trace (written only for what a diagnostic shows). */
    public String basis() {
        if (matched == null) {
            return offer.getQuantity() == null || demand.getQuantity() == null
                    ? "not sized: a flow has no quantity"
                    : "not sized: " + offer.getUnit() + " and " + demand.getUnit() + " do not convert";
        }
        String unit = demand.getUnit();
        if (commonMonths < 12 && (offer.isSeasonal() || demand.isSeasonal())) {
            return String.format(Locale.ROOT, "min(%s %s x %s = %s %s over %d of its %d months, %s %s over %d of "
                            + "its %d months) = %s %s", offer.getId(),
                    Amount.plain(offer.getQuantity(), offer.getUnit(), offer.isRate()), Amount.number(ratio),
                    Amount.number(supply), unit, commonMonths, offer.getMonths().size(), demand.getId(),
                    Amount.plain(demand.getQuantity(), unit, demand.isRate()), commonMonths,
                    demand.getMonths().size(), Amount.number(matched), unit);
        }
        return String.format(Locale.ROOT, "min(%s %s x %s = %s %s, %s %s) = %s %s",
                offer.getId(), Amount.plain(offer.getQuantity(), offer.getUnit(), offer.isRate()),
                Amount.number(ratio), Amount.number(supply), unit, demand.getId(),
                Amount.plain(demand.getQuantity(), unit, demand.isRate()), Amount.number(matched), unit);
    }

    /** How much of the offer the matched quantity uses, in the offer's unit; null when not sized. */
    public Double offerUsed(double offerQuantity) {
        return matched == null || supply == null || supply == 0 ? null : matched * offerQuantity / supply;
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
}
