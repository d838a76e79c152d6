package org.eit.rules.gains;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eit.core.api.FactorUse;
import org.eit.core.api.GainFigure;
import org.eit.core.api.Gains;
import org.eit.core.api.LocalizedText;
import org.eit.rules.explain.Amount;
import org.eit.rules.explain.PhraseBook;
import org.eit.rules.explain.Sentences;

/**
 * The gains of one synergy as the calculators add them: economic figures (savings positive, costs negative),
 * environmental and social ones, and notes on what could not be valued. {@link #build()} adds the net economic
 * result, the sum of the economic figures, and flags a synergy whose costs exceed its savings.
 */
public final class GainSheet {
    /** The labels of the shipped figures and the notes, in French and English. */
    public static final PhraseBook PHRASES = PhraseBook.of(GainSheet.class);
    public static final String ECONOMIC = "economic";
    public static final String ENVIRONMENTAL = "environmental";
    public static final String SOCIAL = "social";
    public static final String NET = "net";

    private final String currency;
    private final List<GainFigure> economic = new ArrayList<>();
    private final List<GainFigure> environmental = new ArrayList<>();
    private final List<GainFigure> social = new ArrayList<>();
    private final List<LocalizedText> notes = new ArrayList<>();

    public GainSheet(String currency) {
        this.currency = currency;
    }

    /** The territory's currency, for the units of economic figures ({@code EUR/yr}). */
    public String currency() {
        return currency;
    }

    /** A yearly amount of money: a saving when positive, a cost when negative. */
    public void economic(String name, Range value, String formula, List<FactorUse> factors) {
        economic.add(figure(name, value, currency + "/yr", formula, factors));
    }

    public void environmental(String name, Range value, String unit, String formula, List<FactorUse> factors) {
        environmental.add(figure(name, value, unit, formula, factors));
    }

    public void social(String name, Range value, String unit, String formula, List<FactorUse> factors) {
        social.add(figure(name, value, unit, formula, factors));
    }

    /** What could not be valued, and why: a phrase of {@code Phrases.properties} with its values. */
    public void note(String key, Object... namesAndValues) {
        notes.add(Sentences.render(PHRASES.phrase("note." + key, namesAndValues)));
    }

    /** Whether a figure of this name is on the sheet. */
    public boolean has(String name) {
        return economic.stream().anyMatch(f -> f.name().equals(name))
                || environmental.stream().anyMatch(f -> f.name().equals(name))
                || social.stream().anyMatch(f -> f.name().equals(name));
    }

    /** The sheet with its net economic result (when any economic figure is known). */
    public Gains build() {
        List<GainFigure> all = new ArrayList<>(economic);
        boolean uneconomic = false;
        if (!economic.isEmpty()) {
            Range net = Range.of(0);
            List<String> terms = new ArrayList<>();
            List<FactorUse> factors = new ArrayList<>();
            for (GainFigure f : economic) {
                net = net.plus(new Range(f.low(), f.central(), f.high()));
                terms.add(f.name() + " " + Amount.number(f.central()));
            }
            all.add(figure(NET, net, currency + "/yr", String.join(" + ", terms) + " = " + Amount.number(
                    net.central()) + " " + currency + "/yr", factors));
            uneconomic = net.central() < 0;
        }
        return new Gains(all, environmental, social, uneconomic, notes);
    }

    private static GainFigure figure(String name, Range value, String unit, String formula, List<FactorUse> factors) {
        LocalizedText label;
        try {
            label = new LocalizedText(PHRASES.pattern("figure." + name, org.eit.core.model.Language.FR),
                    PHRASES.pattern("figure." + name, org.eit.core.model.Language.EN));
        } catch (IllegalArgumentException e) {
            label = new LocalizedText(name, name);
        }
        return new GainFigure(name, label, value.low(), value.central(), value.high(), unit, formula, factors);
    }

    /** A figure for traces: {@code 300 t}, locale-neutral. */
    static String plain(Range value, String unit) {
        return String.format(Locale.ROOT, "%s %s [%s to %s]", Amount.number(value.central()), unit,
                Amount.number(value.low()), Amount.number(value.high()));
    }

    /** The values a note or formula may name. */
    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
