package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.List;
import org.eit.core.api.FactorUse;
import org.eit.core.resource.ResourceKind;
import org.eit.core.unit.Dimension;
import org.eit.core.unit.Unit;
import org.eit.core.unit.UnitException;
import org.eit.core.unit.Units;
import org.eit.rules.explain.Amount;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.spi.GainCalculator;

/**
 * What a pair saves the environment a year: the tonnes of waste it diverts from disposal, the virgin material,
 * water and energy it replaces, and the greenhouse gases avoided: the displaced input's production (or combustion)
 * plus the offer's current route when known, minus the new route's and the transport's emissions
 * ({@code emission-factors.csv}, {@code transport.csv}, the route of each use in {@code outlet-routes.csv}).
 */
public final class EnvironmentalGains implements GainCalculator {
    @Override
    public String name() {
        return "environmental";
    }

    @Override
    public void value(GainInput in, GainSheet sheet) {
        if (!in.isPair() || in.quantity() == null) {
            return;
        }
        FlowFact offer = in.offer();
        FlowFact demand = in.demand();
        Unit offerUnit = Units.require(offer.getUnit());
        Unit demandUnit = Units.require(demand.getUnit());
        List<FactorUse> quantity = List.of(in.uncertaintySource());
        if (offer.getResourceKind() == ResourceKind.WASTE && offerUnit.dimension() == Dimension.MASS) {
            sheet.environmental("diverted", in.offerUsed().times(offerUnit.convert(1, Units.require("t"))), "t/yr",
                    "the offer's part used, in t", quantity);
        }
        if (demand.getResourceKind() == ResourceKind.MATERIAL && demandUnit.dimension() == Dimension.MASS) {
            sheet.environmental("virgin-saved", in.quantity().times(demandUnit.convert(1, Units.require("t"))),
                    "t/yr", "the input replaced, in t", quantity);
        }
        if (demand.getResourceKind() == ResourceKind.WATER && demandUnit.dimension() == Dimension.VOLUME) {
            sheet.environmental("water-saved", in.quantity().times(demandUnit.convert(1, Units.require("m3"))),
                    "m3/yr", "the water replaced, in m3", quantity);
        }
        if (demandUnit.dimension() == Dimension.ENERGY) {
            sheet.environmental("energy-saved", in.quantity().times(demandUnit.convert(1, Units.require("MWh"))),
                    "MWh/yr", "the energy replaced, in MWh", quantity);
        }
        greenhouseGases(in, sheet);
    }

    private static void greenhouseGases(GainInput in, GainSheet sheet) {
        Finding f = in.finding();
        FlowFact offer = in.offer();
        FlowFact demand = in.demand();
        // The input displaced: a fuel or utility by its own combustion or production; a material by the virgin
        // production one unit of the recycled offer displaces (rows keyed by the offered resource).
        List<String> terms = new ArrayList<>();
        List<FactorUse> uses = new ArrayList<>(List.of(in.uncertaintySource()));
        Range kg = null;
        var burnt = in.tables().emission(demand.getResource(), "combustion", "production");
        if (burnt.isPresent()) {
            kg = term(in.quantity(), demand, burnt.get(), "+", "displaced " + demand.getResource(), terms);
            uses.add(burnt.get().use());
        } else {
            var virgin = in.tables().emission(offer.getResource(), "virgin");
            if (virgin.isPresent()) {
                kg = term(in.offerUsed(), offer, virgin.get(), "+", "virgin production displaced", terms);
                uses.add(virgin.get().use());
            }
        }
        if (kg == null) {
            sheet.note("no-emission-factor", "resource", demand.getResource());
            return;
        }
        if (offer.getCurrentRoute() != null) {
            var current = in.tables().emission(offer.getResource(), offer.getCurrentRoute());
            Range avoided = current.isEmpty() ? null
                    : term(in.offerUsed(), offer, current.get(), "+", offer.getCurrentRoute() + " avoided", terms);
            if (avoided != null) {
                kg = kg.plus(avoided);
                uses.add(current.get().use());
            }
        }
        String newRoute = in.tables().routeOf(f.outlet());
        if (newRoute != null) {
            var added = in.tables().emission(offer.getResource(), newRoute);
            Range emitted = added.isEmpty() ? null
                    : term(in.offerUsed(), offer, added.get(), "-", newRoute, terms);
            if (emitted != null) {
                kg = kg.minus(emitted);
                uses.add(added.get().use());
            }
        }
        Economics e = f.economics();
        if (e != null && e.movedPerUnit() != null && !f.internal() && f.distanceKm() != null
                && ("truck".equals(f.mode()) || "ship".equals(f.mode()))) {
            String dimension = Units.require(offer.getUnit()).dimension() == Dimension.MASS ? TransportRow.MASS
                    : TransportRow.VOLUME;
            var row = in.tables().transportEmissions(f.mode(), dimension);
            if (row.isPresent()) {
                Range transport = in.offerUsed().times(e.movedPerUnit() * e.routeKm())
                        .times(row.get().kgCo2ePerUnitKm());
                kg = kg.minus(transport);
                terms.add("- " + Amount.number(transport.central()) + " kg (transport, " + Amount.number(e.routeKm())
                        + " km)");
                uses.add(new FactorUse(TransportTable.TABLE.file(), row.get().mode() + " " + dimension,
                        row.get().source(), row.get().sourceId().isEmpty() ? null : row.get().sourceId(),
                        row.get().year()));
            }
        }
        sheet.environmental("ghg-avoided", kg.times(0.001), "t CO2e/yr", String.join(" ", terms) + " = "
                + Amount.number(kg.central() / 1000) + " t CO2e", uses);
    }

    /** {@code quantity} of {@code flow} times a factor per unit of the factor's own unit, in kg; null if apart. */
    private static Range term(Range quantity, FlowFact flow, GainTables.Factor factor, String sign, String what,
                              List<String> terms) {
        try {
            double perFlowUnit = Units.require(flow.getUnit()).convert(1, Units.require(factor.unit()));
            Range kg = quantity.times(perFlowUnit).times(factor.value());
            terms.add(sign + " " + Amount.number(kg.central()) + " kg (" + what + ": "
                    + Amount.number(factor.value().central()) + " kg CO2e/" + factor.unit() + ")");
            return kg;
        } catch (UnitException e) {
            return null;
        }
    }
}
