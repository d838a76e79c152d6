package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eit.core.api.FactorUse;
import org.eit.core.api.LocalizedText;
import org.eit.core.unit.Dimension;
import org.eit.core.unit.Unit;
import org.eit.core.unit.UnitException;
import org.eit.core.unit.Units;
import org.eit.rules.explain.Amount;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.facts.PreparationOps;
import org.eit.rules.spi.GainCalculator;

/**
 * The economics of a substitution: the receiver's avoided purchase, the supplier's
 * avoided disposal (its declared cost, a price of {@code prices.csv}, or the gate fee and tax of its current route
 * in {@code disposal-routes.csv}), minus transport (t·km or m³·km by truck or ship from {@code transport.csv}; a
 * pipe's investment annualised over its life from {@code pipes.csv}), minus the preparation (the offer used times
 * the cost of each operation the substitution row names, {@code preparation-costs.csv}), minus a transaction cost
 * (parameter {@code gains.transaction-cost-eur}). Declared prices win over defaults; each figure says which it used.
 */
public final class SubstitutionEconomics implements GainCalculator {
    public static final String TRANSACTION = "gains.transaction-cost-eur";
    public static final String PIPE_LIFE = "gains.pipe-lifetime-years";
    public static final String DISCOUNT_RATE = "gains.discount-rate-pct";

    @Override
    public String name() {
        return "substitution-economics";
    }

    @Override
    public void value(GainInput in, GainSheet sheet) {
        if (!in.isPair() || Finding.SHARED.equals(in.finding().relation())) {
            return;
        }
        Finding f = in.finding();
        if (in.quantity() == null) {
            sheet.note("not-sized");
            return;
        }
        Economics e = f.economics();
        FlowFact offer = in.offer();
        FlowFact demand = in.demand();
        String cur = sheet.currency();
        if (e != null && e.demandPrice() != null) {
            Prices.Price p = e.demandPrice();
            sheet.economic("avoided-purchase", in.quantity().times(p.perUnit()), GainSheet.plain(in.quantity(),
                    f.unit()) + " x " + GainSheet.plain(p.perUnit(), cur + "/" + f.unit()) + " (" + p.citation() + ")",
                    List.of(in.uncertaintySource(), p.use()));
        } else {
            sheet.note("no-price", "flow", demand.getId(), "resource", demand.getResource());
        }
        avoidedDisposal(in, e, offer, sheet);
        transport(in, e, sheet);
        preparation(in, sheet);
        if (!f.internal()) {
            double cost = in.parameters().number(TRANSACTION);
            sheet.economic("transaction", new Range(cost * 0.5, cost, cost * 2).negated(),
                    Amount.number(cost) + " " + cur + "/yr for contracting and follow-up (parameter " + TRANSACTION
                            + ", half to twice)", List.of(new FactorUse("parameter", TRANSACTION,
                            "eit default: about two days a year of contracting and follow-up; set per territory",
                            null, null)));
        }
    }

    /**
     * The preparation the substitution row names: the offer used, in the unit of each operation's row, times its cost,
     * summed over the operations of {@code preparation_ops}. A preparation whose row names no costed operation is
     * noted as not valued; one that names others besides (or an operation whose unit the offer's does not convert
     * to) as valued in part. Heat exchangers and substations have no row: the pipe is the transport term, and the
     * exchanger's investment is not valued (a pipe's note says so), so that nothing is counted twice.
     */
    private static void preparation(GainInput in, GainSheet sheet) {
        Finding f = in.finding();
        LocalizedText text = f.preparation();
        PreparationOps ops = f.preparationOps();
        if (text == null || text.en().isBlank() || ops.nothing()) {
            return;
        }
        FlowFact offer = in.offer();
        Unit offerUnit = Units.require(offer.getUnit());
        String cur = sheet.currency();
        Range perUnit = Range.of(0);
        List<String> terms = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<FactorUse> uses = new ArrayList<>(List.of(in.uncertaintySource()));
        boolean partial = ops.others();
        for (String op : ops.operations()) {
            Optional<PreparationCostRow> found = in.tables().preparationCost(op);
            if (found.isEmpty()) {
                partial = true;
                continue;
            }
            PreparationCostRow row = found.get();
            double perOfferUnit;
            try {
                perOfferUnit = offerUnit.convert(1, Units.require(row.unit()));
            } catch (UnitException e) {
                sheet.note("preparation-unit", "operation", row.label(), "unit", row.unit(), "flow", offer.getId(),
                        "flowUnit", offer.getUnit());
                partial = true;
                continue;
            }
            Range cost = row.cost().times(perOfferUnit);
            perUnit = perUnit.plus(cost);
            terms.add(op + " " + Amount.number(cost.central()));
            fr.add(row.label().fr());
            en.add(row.label().en());
            uses.add(new FactorUse(PreparationCostTable.TABLE.file(), op, row.source(),
                    row.sourceId().isEmpty() ? null : row.sourceId(), row.year()));
        }
        if (terms.isEmpty()) {
            sheet.note("pipe".equals(f.mode()) ? "preparation-beyond-pipe" : "preparation-not-valued", "preparation",
                    text);
            return;
        }
        sheet.economic("preparation", in.offerUsed().times(perUnit).negated(), GainSheet.plain(in.offerUsed(),
                offer.getUnit()) + " x " + GainSheet.plain(perUnit, cur + "/" + offer.getUnit()) + " ("
                + String.join(" + ", terms) + ", " + PreparationCostTable.TABLE.file() + ")", uses);
        if (partial) {
            sheet.note("preparation-partly-valued", "preparation", text, "operations",
                    new LocalizedText(String.join(", ", fr), String.join(", ", en)));
        }
    }

    private static void avoidedDisposal(GainInput in, Economics e, FlowFact offer, GainSheet sheet) {
        String cur = sheet.currency();
        if (e != null && e.offerDisposal() != null) {
            Prices.Price p = e.offerDisposal();
            sheet.economic("avoided-disposal", in.offerUsed().times(p.perUnit()), GainSheet.plain(in.offerUsed(),
                    offer.getUnit()) + " x " + GainSheet.plain(p.perUnit(), cur + "/" + offer.getUnit()) + " ("
                    + p.citation() + "; negative when it was sold)", List.of(in.uncertaintySource(), p.use()));
            return;
        }
        var route = in.tables().disposalRoute(offer.getCurrentRoute());
        if (route.isPresent()) {
            try {
                double perUnit = Units.require(offer.getUnit()).convert(1, Units.require(route.get().unit()));
                Range cost = route.get().value().times(perUnit);
                sheet.economic("avoided-disposal", in.offerUsed().times(cost), GainSheet.plain(in.offerUsed(),
                        offer.getUnit()) + " x " + GainSheet.plain(cost, cur + "/" + offer.getUnit())
                        + " (gate fee and tax of " + offer.getCurrentRoute() + ", disposal-routes.csv)",
                        List.of(in.uncertaintySource(), route.get().use()));
                return;
            } catch (UnitException ignored) {
                // a route per tonne does not price a flow in MWh: said below
            }
        }
        sheet.note("no-disposal-cost", "flow", offer.getId());
    }

    private static void transport(GainInput in, Economics e, GainSheet sheet) {
        Finding f = in.finding();
        String cur = sheet.currency();
        if (e == null || f.internal() || f.distanceKm() == null || "local".equals(f.mode())) {
            return;
        }
        double routeKm = e.routeKm();
        if ("pipe".equals(f.mode())) {
            PipeRow pipe = e.pipe() != null ? e.pipe() : in.tables().pipe(Units.require(in.offer().getUnit())
                    .dimension() == Dimension.ENERGY ? "heat" : "water");
            if (pipe == null) {
                sheet.note("no-pipe-cost", "medium", in.offer().getResource());
                return;
            }
            double life = pipe.lifetimeYears() != null ? pipe.lifetimeYears() : in.parameters().number(PIPE_LIFE);
            double rate = pipe.lifetimeYears() != null ? pipe.discountRatePct()
                    : in.parameters().number(DISCOUNT_RATE);
            double factor = PipeRow.capitalRecoveryFactor(life, rate);
            Range yearly = pipe.costPerMetre().times(routeKm * 1000 * factor);
            List<FactorUse> uses = new ArrayList<>(List.of(new FactorUse(PipeTable.TABLE.file(), pipe.medium(),
                    pipe.source(), null, pipe.year())));
            if (pipe.lifetimeYears() == null) {
                uses.add(new FactorUse("parameter", PIPE_LIFE + ", " + DISCOUNT_RATE,
                        "pipe life and discount rate (the table gives none)", null, null));
            }
            sheet.economic("transport", yearly.negated(), Amount.number(routeKm * 1000) + " m x "
                    + GainSheet.plain(pipe.costPerMetre(), cur + "/m") + " x capital recovery factor "
                    + Amount.number(factor) + " (" + Amount.number(life) + " years at " + Amount.number(rate) + " %)",
                    uses);
            return;
        }
        TransportRow tariff = e.tariff();
        if (tariff == null || e.movedPerUnit() == null) {
            sheet.note("no-transport-cost", "mode", f.mode());
            return;
        }
        Range moved = in.offerUsed().times(e.movedPerUnit() * routeKm);
        sheet.economic("transport", moved.times(tariff.costPerUnitKm()).negated(), GainSheet.plain(in.offerUsed(),
                in.offer().getUnit()) + " over " + Amount.number(routeKm) + " km x " + GainSheet.plain(
                tariff.costPerUnitKm(), cur + "/" + (TransportRow.MASS.equals(tariff.dimension()) ? "t" : "m3")
                + ".km") + " (transport.csv: " + tariff.mode() + " " + tariff.dimension() + ", " + tariff.year()
                + ")", List.of(in.uncertaintySource(), new FactorUse(
                TransportTable.TABLE.file(), tariff.mode() + " " + tariff.dimension(), tariff.source(),
                tariff.sourceId().isEmpty() ? null : tariff.sourceId(), tariff.year())));
    }
}
