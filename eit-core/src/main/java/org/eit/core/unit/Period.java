package org.eit.core.unit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time basis of a flow's quantity ("12 t per month"). Annualisation uses calendar conventions: 12 months,
 * 52 weeks, 365 days and 8,760 hours a year. A flow that runs part of the year should say so with a yearly figure.
 */
public enum Period {
    YEAR(1, List.of("year", "years", "yr", "y", "a", "an", "ans", "annee", "annees", "annual", "annuel", "per year",
            "par an", "yearly", "/an", "/year")),
    MONTH(12, List.of("month", "months", "mo", "mois", "mensuel", "monthly", "per month", "par mois")),
    WEEK(52, List.of("week", "weeks", "wk", "semaine", "semaines", "sem", "hebdomadaire", "weekly", "per week",
            "par semaine")),
    DAY(365, List.of("day", "days", "d", "j", "jour", "jours", "daily", "quotidien", "per day", "par jour")),
    HOUR(8760, List.of("hour", "hours", "h", "heure", "heures", "hourly", "per hour", "par heure"));

    private final double perYear;
    private final List<String> aliases;

    Period(double perYear, List<String> aliases) {
        this.perYear = perYear;
        this.aliases = aliases;
    }

    /** How many of this period make a year. */
    public double perYear() {
        return perYear;
    }

    public String symbol() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a period as people write it ({@code an}, {@code year}, {@code /mois}, {@code j}); empty when unknown. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Units.normalise(text);
        if (key.startsWith("/")) {
            key = key.substring(1);
        }
        for (Period period : values()) {
            for (String alias : period.aliases) {
                if (Units.normalise(alias).equals(key) || period.symbol().equals(key)) {
                    return Optional.of(period);
                }
            }
        }
        return Optional.empty();
    }
}
