package org.eit.rules.explain;

/** An amount per year, written "1 200 t par an" or "1,200 t a year". */
public final class PerYear {
    private PerYear() {
    }

    public static Phrase of(Amount amount) {
        return Amount.COMMON.phrase("per-year", "amount", amount);
    }
}
