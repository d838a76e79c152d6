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
 * <p>Every candidate pair of a region has one (ten million at a million flows), so the figures are kept as numbers,
 * not as boxed ones, and boxed only when asked for; equal as a record of the same components would be.
 */
public final class Matching {
    private static final int SUPPLY = 1;
    private static final int OFFERED = 2;
    private static final int NEEDED = 4;
    private static final int MATCHED = 8;

    private final double supply;
    private final double offered;
    private final double needed;
    private final double matched;
    /** Which of the four figures are known. */
    private final byte known;
    private final int commonMonths;
    private final Offer offer;
    private final Demand demand;
    private final double ratio;

    /**
     * @param supply       the offer's yearly quantity in the demand's unit, or null when it cannot be known
     * @param offered      what the offer gives over the common months, in the demand's unit, or null
     * @param needed       what the demand needs over the common months, or null
     * @param matched      what can be exchanged in a year, or null when a quantity is missing or units do not convert
     * @param commonMonths how many months both sides share (12 when neither gives months)
     * @param offer        the offer
     * @param demand       the demand
     * @param ratio        units of the demanded resource one unit of the offered resource replaces
     */
    Matching(Double supply, Double offered, Double needed, Double matched, int commonMonths, Offer offer,
             Demand demand, double ratio) {
        this.supply = supply == null ? 0 : supply;
        this.offered = offered == null ? 0 : offered;
        this.needed = needed == null ? 0 : needed;
        this.matched = matched == null ? 0 : matched;
        this.known = (byte) ((supply == null ? 0 : SUPPLY) | (offered == null ? 0 : OFFERED)
                | (needed == null ? 0 : NEEDED) | (matched == null ? 0 : MATCHED));
        this.commonMonths = commonMonths;
        this.offer = offer;
        this.demand = demand;
        this.ratio = ratio;
    }

    private Double figure(int which, double value) {
        return (known & which) == 0 ? null : value;
    }

    /** The offer's yearly quantity in the demand's unit, or null when it cannot be known. */
    public Double supply() {
        return figure(SUPPLY, supply);
    }

    /** What the offer gives over the common months, in the demand's unit, or null. */
    public Double offered() {
        return figure(OFFERED, offered);
    }

    /** What the demand needs over the common months, or null. */
    public Double needed() {
        return figure(NEEDED, needed);
    }

    /** What can be exchanged in a year, or null when a quantity is missing or units do not convert. */
    public Double matched() {
        return figure(MATCHED, matched);
    }

    /** How many months both sides share (12 when neither gives months). */
    public int commonMonths() {
        return commonMonths;
    }

    public Offer offer() {
        return offer;
    }

    public Demand demand() {
        return demand;
    }

    /** Units of the demanded resource one unit of the offered resource replaces. */
    public double ratio() {
        return ratio;
    }

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
        if (matched() == null) {
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
        return matched() == null || supply() == null || supply == 0 ? null : matched * offerQuantity / supply;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matching m && java.util.Objects.equals(supply(), m.supply())
                && java.util.Objects.equals(offered(), m.offered()) && java.util.Objects.equals(needed(), m.needed())
                && java.util.Objects.equals(matched(), m.matched()) && commonMonths == m.commonMonths
                && java.util.Objects.equals(offer, m.offer) && java.util.Objects.equals(demand, m.demand)
                && Double.compare(ratio, m.ratio) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(supply(), offered(), needed(), matched(), commonMonths, offer, demand, ratio);
    }

    @Override
    public String toString() {
        return "Matching[supply=" + supply() + ", offered=" + offered() + ", needed=" + needed() + ", matched="
                + matched() + ", commonMonths=" + commonMonths + ", offer=" + offer + ", demand=" + demand
                + ", ratio=" + ratio + "]";
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
