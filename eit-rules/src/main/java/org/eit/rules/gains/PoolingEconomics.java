package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.List;
import org.eit.core.api.FactorUse;
import org.eit.rules.explain.Amount;
import org.eit.rules.facts.Finding;
import org.eit.rules.facts.FlowFact;
import org.eit.rules.spi.GainCalculator;

/**
 * The economics of pooling: for a group sharing a need, what the members pay today for it (their declared costs,
 * else the prices of {@code prices.csv}) times the theme's saving rate ({@code pooling-savings.csv}); for idle
 * capacity one actor lends another, what the borrower pays today times the saving rate of the theme its need
 * belongs to (the borrower still pays the lender, so the whole price is not a gain). Minus a transaction cost.
 */
public final class PoolingEconomics implements GainCalculator {
    @Override
    public String name() {
        return "pooling-economics";
    }

    @Override
    public void value(GainInput in, GainSheet sheet) {
        boolean shared = Finding.SHARED.equals(in.finding().relation());
        if (in.isPair() && !shared || !in.isPair() && in.members().isEmpty()) {
            return;
        }
        if (shared && in.quantity() == null) {
            sheet.note("not-sized");
            return;
        }
        String theme = shared ? in.tables().themeOf(in.demand().getResource())
                : in.finding().relation().substring("pooling-theme:".length());
        if (theme == null) {
            sheet.note("no-pooling-saving", "theme", in.demand().getResource());
            return;
        }
        var saving = in.tables().poolingSaving(theme);
        if (saving.isEmpty()) {
            sheet.note("no-pooling-saving", "theme", theme);
            return;
        }
        Range spend = Range.of(0);
        List<FactorUse> uses = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        int priced = 0;
        List<FlowFact> payers = shared ? List.of(in.demand()) : in.members();
        for (FlowFact member : payers) {
            if (member.getQuantity() == null) {
                continue;
            }
            Prices.Price price = member.getCostPerUnit() != null
                    ? Prices.Price.declared(member.getCostPerUnit(), member.getId())
                    : in.tables().purchasePrice(member.getResource()).orElse(null);
            if (price == null) {
                continue;
            }
            Range quantity = shared ? in.quantity() : Range.of(member.getQuantity()).widened(in.uncertainty());
            spend = spend.plus(quantity.times(price.perUnit()));
            uses.add(price.use());
            terms.add(member.getId() + " " + Amount.number(member.getQuantity()) + " " + member.getUnit() + " x "
                    + Amount.number(price.perUnit().central()));
            priced++;
        }
        if (priced == 0) {
            sheet.note("no-pooling-spend", "theme", theme);
            return;
        }
        uses.add(saving.get().use());
        uses.add(in.uncertaintySource());
        Range rate = saving.get().value().times(0.01);
        sheet.economic("pooling-saving", spend.times(rate), "(" + String.join(" + ", terms) + ") = "
                + GainSheet.plain(spend, sheet.currency() + "/yr") + " x " + GainSheet.plain(saving.get().value(), "%")
                + " (" + priced + " of " + payers.size() + " priced)", uses);
        double cost = in.parameters().number(SubstitutionEconomics.TRANSACTION);
        sheet.economic("transaction", new Range(cost * 0.5, cost, cost * 2).negated(), Amount.number(cost) + " "
                + sheet.currency() + "/yr to run the shared contract (parameter " + SubstitutionEconomics.TRANSACTION
                + ")", List.of(new FactorUse("parameter", SubstitutionEconomics.TRANSACTION,
                "eit default: about two days a year of contracting and follow-up; set per territory", null, null)));
    }
}
