package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.List;
import org.eit.core.unit.Dimension;
import org.eit.core.unit.Units;
import org.eit.rules.facts.Accepts;
import org.eit.rules.facts.Demand;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.Offer;

/**
 * The figures the reach rules judge a candidate by, computed the same way for every pair: the heat delivered per
 * metre of pipe, what moving the offer costs against what the exchange saves, what a pipe costs a year against
 * the value of what flows in it. A figure is null when its inputs are missing (no quantity, no price): the rules
 * then fall back on the fixed reach. Arithmetic only; the thresholds are in {@code reach-criteria.csv}.
 *
 * <p>Every candidate pair of a region has one (ten million at a million flows), so the figures are kept as numbers,
 * not as boxed ones, and boxed only when asked for; equal as a record of the same components would be.
 */
public final class Economics {
    /** The citation of a price an actor declared. */
    public static final String DECLARED = "declared by the actor";

    private static final int HEAT_DENSITY = 1;
    private static final int SAVING = 2;
    private static final int TRANSPORT = 4;
    private static final int SAVING_TO_COST = 8;
    private static final int PIPE_VALUE_TO_COST = 16;
    private static final int MOVED = 32;
    private static final int DEMAND_PER_UNIT = 64;

    private final double heatDensity;
    private final double savingPerUnit;
    private final double transportPerUnit;
    private final double savingToCost;
    private final double pipeValueToCost;
    private final double movedPerUnit;
    private final double demandPerUnit;
    /** Which of the seven figures above are known. */
    private final byte known;
    private final Prices.Price demandPrice;
    private final Prices.Price offerDisposal;
    private final TransportRow tariff;
    private final PipeRow pipe;
    private final double routeKm;

    /**
     * @param heatDensity      useful heat delivered per metre of pipe and per year (MWh/m/yr), or null
     * @param savingPerUnit    what the exchange saves per unit of the offer moved (the receiver's avoided purchase
     *                         plus the supplier's avoided disposal), or null
     * @param transportPerUnit what moving one unit of the offer costs over the route, or null
     * @param savingToCost     {@code savingPerUnit / transportPerUnit}, or null
     * @param pipeValueToCost  the yearly value of what flows in the pipe against the pipe's yearly cost, or null
     * @param demandPrice      the receiver's price used, or null ({@code declared} when the actor gave it)
     * @param offerDisposal    the supplier's disposal cost used, or null
     * @param tariff           the transport row used, or null
     * @param pipe             the pipe row used, or null
     * @param routeKm          the route: the distance times the detour factor, or NaN when unknown
     * @param movedPerUnit     tonnes or cubic metres moved per unit of the offer (for transport), or null
     * @param demandPerUnit    units of the demand one unit of the offer serves, or null
     */
    public Economics(Double heatDensity, Double savingPerUnit, Double transportPerUnit, Double savingToCost,
                     Double pipeValueToCost, Prices.Price demandPrice, Prices.Price offerDisposal,
                     TransportRow tariff, PipeRow pipe, double routeKm, Double movedPerUnit, Double demandPerUnit) {
        this.heatDensity = heatDensity == null ? 0 : heatDensity;
        this.savingPerUnit = savingPerUnit == null ? 0 : savingPerUnit;
        this.transportPerUnit = transportPerUnit == null ? 0 : transportPerUnit;
        this.savingToCost = savingToCost == null ? 0 : savingToCost;
        this.pipeValueToCost = pipeValueToCost == null ? 0 : pipeValueToCost;
        this.movedPerUnit = movedPerUnit == null ? 0 : movedPerUnit;
        this.demandPerUnit = demandPerUnit == null ? 0 : demandPerUnit;
        this.known = (byte) ((heatDensity == null ? 0 : HEAT_DENSITY) | (savingPerUnit == null ? 0 : SAVING)
                | (transportPerUnit == null ? 0 : TRANSPORT) | (savingToCost == null ? 0 : SAVING_TO_COST)
                | (pipeValueToCost == null ? 0 : PIPE_VALUE_TO_COST) | (movedPerUnit == null ? 0 : MOVED)
                | (demandPerUnit == null ? 0 : DEMAND_PER_UNIT));
        this.demandPrice = demandPrice;
        this.offerDisposal = offerDisposal;
        this.tariff = tariff;
        this.pipe = pipe;
        this.routeKm = routeKm;
    }

    private Double figure(int which, double value) {
        return (known & which) == 0 ? null : value;
    }

    /** Useful heat delivered per metre of pipe and per year (MWh/m/yr), or null. */
    public Double heatDensity() {
        return figure(HEAT_DENSITY, heatDensity);
    }

    /** What the exchange saves per unit of the offer moved, or null. */
    public Double savingPerUnit() {
        return figure(SAVING, savingPerUnit);
    }

    /** What moving one unit of the offer costs over the route, or null. */
    public Double transportPerUnit() {
        return figure(TRANSPORT, transportPerUnit);
    }

    /** {@code savingPerUnit / transportPerUnit}, or null. */
    public Double savingToCost() {
        return figure(SAVING_TO_COST, savingToCost);
    }

    /** The yearly value of what flows in the pipe against the pipe's yearly cost, or null. */
    public Double pipeValueToCost() {
        return figure(PIPE_VALUE_TO_COST, pipeValueToCost);
    }

    /** The receiver's price used, or null. */
    public Prices.Price demandPrice() {
        return demandPrice;
    }

    /** The supplier's disposal cost used, or null. */
    public Prices.Price offerDisposal() {
        return offerDisposal;
    }

    /** The transport row used, or null. */
    public TransportRow tariff() {
        return tariff;
    }

    /** The pipe row used, or null. */
    public PipeRow pipe() {
        return pipe;
    }

    /** The route: the distance times the detour factor, or NaN when unknown. */
    public double routeKm() {
        return routeKm;
    }

    /** Tonnes or cubic metres moved per unit of the offer (for transport), or null. */
    public Double movedPerUnit() {
        return figure(MOVED, movedPerUnit);
    }

    /** Units of the demand one unit of the offer serves, or null. */
    public Double demandPerUnit() {
        return figure(DEMAND_PER_UNIT, demandPerUnit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Economics e && java.util.Objects.equals(heatDensity(), e.heatDensity())
                && java.util.Objects.equals(savingPerUnit(), e.savingPerUnit())
                && java.util.Objects.equals(transportPerUnit(), e.transportPerUnit())
                && java.util.Objects.equals(savingToCost(), e.savingToCost())
                && java.util.Objects.equals(pipeValueToCost(), e.pipeValueToCost())
                && java.util.Objects.equals(demandPrice, e.demandPrice)
                && java.util.Objects.equals(offerDisposal, e.offerDisposal) && java.util.Objects.equals(tariff, e.tariff)
                && java.util.Objects.equals(pipe, e.pipe) && Double.compare(routeKm, e.routeKm) == 0
                && java.util.Objects.equals(movedPerUnit(), e.movedPerUnit())
                && java.util.Objects.equals(demandPerUnit(), e.demandPerUnit());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(heatDensity(), savingPerUnit(), transportPerUnit(), savingToCost(),
                pipeValueToCost(), demandPrice, offerDisposal, tariff, pipe, routeKm, movedPerUnit(),
                demandPerUnit());
    }

    @Override
    public String toString() {
        return "Economics[heatDensity=" + heatDensity() + ", savingPerUnit=" + savingPerUnit()
                + ", transportPerUnit=" + transportPerUnit() + ", savingToCost=" + savingToCost()
                + ", pipeValueToCost=" + pipeValueToCost() + ", demandPrice=" + demandPrice + ", offerDisposal="
                + offerDisposal + ", tariff=" + tariff + ", pipe=" + pipe + ", routeKm=" + routeKm
                + ", movedPerUnit=" + movedPerUnit() + ", demandPerUnit=" + demandPerUnit() + "]";
    }

    /** Where the prices and costs used come from, for the trace. */
    public List<String> sources() {
        List<String> sources = new ArrayList<>();
        if (demandPrice != null) {
            sources.add("demand price: " + demandPrice.citation());
        }
        if (offerDisposal != null) {
            sources.add("offer disposal cost: " + offerDisposal.citation());
        }
        if (tariff != null) {
            sources.add("transport: " + tariff.citation() + " (transport.csv: " + tariff.mode() + " "
                    + tariff.dimension() + ")");
        }
        if (pipe != null) {
            sources.add("pipe: " + pipe.source() + ", " + pipe.year() + " (pipes.csv: " + pipe.medium() + ")");
        }
        return sources;
    }

    /** The figure {@code criterion} judges by, or null when it cannot be computed. */
    public Double of(String criterion) {
        if (criterion == null) {
            return null;
        }
        return switch (criterion) {
            case "heat-density" -> heatDensity();
            case "transport-cost" -> savingToCost();
            case "pipe-cost" -> pipeValueToCost();
            default -> null;
        };
    }

    /** What the economics need: prices, transport costs, pipes, and how much longer a route is than a line. */
    public record Inputs(Prices prices, List<TransportRow> transport, List<PipeRow> pipes, double detour) {
        TransportRow tariff(String mode, Dimension dimension) {
            String wanted = dimension == Dimension.VOLUME ? TransportRow.VOLUME : TransportRow.MASS;
            // Loops, not streams: asked for every candidate pair of a region.
            for (TransportRow t : transport) {
                if (t.mode().equals(mode) && t.dimension().equals(wanted) && t.costPerUnitKm() != null) {
                    return t;
                }
            }
            return null;
        }

        PipeRow pipe(String medium) {
            for (PipeRow p : pipes) {
                if (p.medium().equals(medium)) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * The figures of a pair. {@code matched} is what the pair can exchange in a year (demand units), or null;
     * {@code supply} the offer's yearly quantity in the demand's unit, or null.
     */
    public static Economics of(Offer offer, Demand demand, Accepts accepts, double distanceKm, Double matched,
                               Double supply, Inputs in) {
        double routeKm = Double.isFinite(distanceKm) ? distanceKm * in.detour() : Double.NaN;
        Double density = null;
        if (matched != null && Units.require(demand.getUnit()).dimension() == Dimension.ENERGY
                && Double.isFinite(routeKm)) {
            double mwh = Units.require(demand.getUnit()).convert(matched, Units.require("MWh"));
            density = routeKm <= 0 ? Double.POSITIVE_INFINITY : mwh / (routeKm * 1000);
        }
        Double saving = null;
        Double transport = null;
        Double ratio = null;
        Double perOfferUnit = supply == null || offer.getQuantity() == null || offer.getQuantity() == 0
                ? null : supply / offer.getQuantity();
        Prices.Price demandPrice = price(demand, true, in);
        Prices.Price offerDisposal = price(offer, false, in);
        if (perOfferUnit != null && (demandPrice != null || offerDisposal != null)) {
            saving = (demandPrice == null ? 0 : demandPrice.perUnit().central() * perOfferUnit)
                    + (offerDisposal == null ? 0 : offerDisposal.perUnit().central());
        }
        Dimension moved = Units.require(offer.getUnit()).dimension();
        TransportRow tariff = moved == Dimension.MASS || moved == Dimension.VOLUME
                ? in.tariff(accepts.mode(), moved) : null;
        // Tariffs are per tonne or cubic metre and km: the offer's unit converted to t or m3.
        Double movedPerUnit = moved == Dimension.MASS || moved == Dimension.VOLUME
                ? Units.require(offer.getUnit()).convert(1, Units.require(moved == Dimension.MASS ? "t" : "m3"))
                : null;
        if (tariff != null && Double.isFinite(routeKm)) {
            transport = tariff.costPerUnitKm().central() * movedPerUnit * routeKm;
            if (saving != null) {
                ratio = transport <= 0 ? Double.POSITIVE_INFINITY : saving / transport;
            }
        }
        Double pipeRatio = null;
        PipeRow pipe = in.pipe(moved == Dimension.ENERGY ? "heat" : "water");
        PipeRow pipeUsed = null;
        if ("pipe".equals(accepts.mode()) && pipe != null && matched != null && Double.isFinite(routeKm)
                && demandPrice != null) {
            Range cost = pipe.yearlyCost(routeKm * 1000);
            if (cost != null) {
                double value = matched * demandPrice.perUnit().central();
                pipeRatio = cost.central() <= 0 ? Double.POSITIVE_INFINITY : value / cost.central();
                pipeUsed = pipe;
            }
        }
        return new Economics(density, saving, transport, ratio, pipeRatio, demandPrice, offerDisposal,
                transport == null ? null : tariff, pipeUsed, routeKm, movedPerUnit, perOfferUnit);
    }

    /**
     * What the pair is worth a year at {@code quantity} (demand units): what it saves minus what moving it costs
     * (the pipe's yearly cost for a pipe), central values; null when a price or a cost is missing.
     */
    public Double netValue(double quantity) {
        if (savingPerUnit() == null || demandPerUnit() == null || demandPerUnit == 0) {
            return null;
        }
        double offerUnits = quantity / demandPerUnit;
        double cost = transportPerUnit() != null ? transportPerUnit * offerUnits
                : pipe != null && Double.isFinite(routeKm) && pipe.yearlyCost(routeKm * 1000) != null
                ? pipe.yearlyCost(routeKm * 1000).central() : Double.NaN;
        return Double.isNaN(cost) ? null : savingPerUnit * offerUnits - cost;
    }

    /** A declared price per unit wins over the table's; its citation says which was used. */
    private static Prices.Price price(FlowFact flow, boolean purchase, Inputs in) {
        if (flow.getCostPerUnit() != null) {
            return Prices.Price.declared(flow.getCostPerUnit(), flow.getId());
        }
        return (purchase ? in.prices().purchase(flow.getResource()) : in.prices().disposal(flow.getResource()))
                .orElse(null);
    }
}
