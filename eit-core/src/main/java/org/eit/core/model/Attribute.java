package org.eit.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.internal.text.Flags;
import org.eit.core.internal.text.Numbers;
import org.eit.core.internal.text.Text;

/**
 * What a flow or an actor can say beyond its resource and quantity, so that rules can judge whether an exchange
 * is feasible: the moisture of a wood fuel and the most a boiler takes, a polymer grade, the months heat is
 * available or needed, animal by-product categories, an organic certification... Each is an optional column of
 * {@code flows.csv} or {@code actors.csv} (or a field of a document), checked and kept in a canonical form.
 */
public enum Attribute {
    /** Water content of the offered material, or the most a demand accepts, in % of the wet mass. */
    MOISTURE_PCT("moisture_pct", Target.FLOW, Kind.PERCENT),
    /** A grade or specification that must match when both sides give one (PP homopolymer, A-grade wood...). */
    GRADE("grade", Target.FLOW, Kind.TEXT),
    /** The months the flow is available (offer) or needed (demand): {@code 1-12}, {@code juin-septembre}. */
    MONTHS("months", Target.FLOW, Kind.MONTHS),
    /** The heat power available or needed, in kW. */
    POWER_KW("power_kw", Target.FLOW, Kind.POSITIVE),
    /** For logistics capacity: the route, {@code FROM > TO} (zones or communes). */
    ROUTE("route", Target.FLOW, Kind.TEXT),
    /** Animal by-product category of Regulation (EC) 1069/2009: 1, 2 or 3. */
    ABP_CATEGORY("abp_category", Target.FLOW, Kind.CATEGORY),
    /** The animal species a by-product comes from, or (for feed) the species it is for: bovine, pig, poultry... */
    SPECIES("species", Target.FLOW, Kind.WORD),
    /** How a material was treated: limed, digested, dewatered, composted, dried, sterilised, raw... */
    TREATMENT("treatment", Target.FLOW, Kind.WORD),
    /** The actor that takes the flow today (offer) or supplies it (demand): an exchange that already exists. */
    CURRENT_PARTNER("current_partner", Target.FLOW, Kind.TEXT),
    /**
     * Where an offered waste goes today: landfill, incineration, recycling, composting... (the routes of the gains
     * tables); the gains count what the exchange avoids of it.
     */
    CURRENT_ROUTE("current_route", Target.FLOW, Kind.WORD),
    /** The jobs (FTE) the actor says the exchange creates or keeps: declared jobs win over ratios. */
    JOBS_FTE("jobs_fte", Target.FLOW, Kind.POSITIVE),
    /** The actor is certified organic (Regulation (EU) 2018/848): it refuses inputs organic farming bars. */
    ORGANIC("organic", Target.ACTOR, Kind.FLAG),
    /** The animal by-product categories the actor's plant is approved for: {@code 2,3}. */
    ABP_APPROVED("abp_approved", Target.ACTOR, Kind.CATEGORIES),
    /** The actor's digester or composting site is permitted to take sewage sludge. */
    ACCEPTS_SEWAGE_SLUDGE("accepts_sewage_sludge", Target.ACTOR, Kind.FLAG);

    /** Which records an attribute belongs to. */
    public enum Target {
        FLOW, ACTOR
    }

    /** What values an attribute takes. */
    public enum Kind {
        /** a number from 0 to 100 */
        PERCENT,
        /** a number greater than 0 */
        POSITIVE,
        /** free text */
        TEXT,
        /** one word, kept in lower case without accents */
        WORD,
        /** 1, 2 or 3 */
        CATEGORY,
        /** a list of 1, 2, 3 */
        CATEGORIES,
        /** yes or no */
        FLAG,
        /** months: numbers, names or ranges, in French or English */
        MONTHS
    }

    private static final List<String> MONTHS_FR = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre");
    private static final List<String> MONTHS_EN = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private final String column;
    private final Target target;
    private final Kind kind;

    Attribute(String column, Target target, Kind kind) {
        this.column = column;
        this.target = target;
        this.kind = kind;
    }

    /** The column of {@code flows.csv} or {@code actors.csv} that gives it. */
    public String column() {
        return column;
    }

    public Target target() {
        return target;
    }

    public Kind kind() {
        return kind;
    }

    /** The attributes of {@code target}, in declaration order. */
    public static List<Attribute> of(Target target) {
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute a : values()) {
            if (a.target == target) {
                attributes.add(a);
            }
        }
        return attributes;
    }

    /** The attribute a column names, if any. */
    public static Optional<Attribute> byColumn(String column) {
        for (Attribute a : values()) {
            if (a.column.equals(column)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical form of {@code text} (a number written plainly, months as {@code 6,7,8}, yes/no as
     * {@code true}/{@code false}, words folded), or empty when it is not a valid value.
     */
    public Optional<String> canonical(String text, boolean decimalComma) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        switch (kind) {
            case PERCENT, POSITIVE -> {
                var n = Numbers.parse(t.replace("%", ""), decimalComma);
                if (n.isEmpty() || n.getAsDouble() < 0 || kind == Kind.PERCENT && n.getAsDouble() > 100
                        || kind == Kind.POSITIVE && n.getAsDouble() == 0) {
                    return Optional.empty();
                }
                return Optional.of(Numbers.plain(n.getAsDouble()));
            }
            case TEXT -> {
                return Optional.of(t);
            }
            case WORD -> {
                return Optional.of(Text.fold(t).replace(' ', '-'));
            }
            case CATEGORY -> {
                return t.matches("[123]") ? Optional.of(t) : Optional.empty();
            }
            case CATEGORIES -> {
                TreeSet<String> categories = new TreeSet<>();
                for (String part : t.split("[,;\\s/+]+")) {
                    if (!part.matches("[123]")) {
                        return Optional.empty();
                    }
                    categories.add(part);
                }
                return Optional.of(String.join(",", categories));
            }
            case FLAG -> {
                return Flags.parse(t).map(String::valueOf);
            }
            case MONTHS -> {
                return months(t).map(set -> String.join(",", set.stream().map(String::valueOf).toList()));
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** The months {@code text} names: {@code 6-9}, {@code juin-septembre}, {@code jan, feb}, {@code toute l'année}. */
    public static Optional<Set<Integer>> months(String text) {
        String t = Text.fold(text.trim());
        Set<Integer> months = new LinkedHashSet<>();
        if (Set.of("all", "all year", "toute l'annee", "toute lannee", "annee", "year", "1-12", "12").contains(t)) {
            for (int m = 1; m <= 12; m++) {
                months.add(m);
            }
            return Optional.of(months);
        }
        for (String part : t.split("[,;/]+|\\s+et\\s+|\\s+and\\s+")) {
            String[] range = part.trim().split("\\s*(?:-|–|a|à|to|au)\\s+|\\s*(?:-|–)\\s*");
            if (range.length == 1 && range[0].isEmpty()) {
                continue;
            }
            Integer from = month(range[0]);
            Integer to = range.length > 1 ? month(range[range.length - 1]) : from;
            if (from == null || to == null || range.length > 2) {
                return Optional.empty();
            }
            for (int m = from; ; m = m % 12 + 1) {
                months.add(m);
                if (m == to) {
                    break;
                }
            }
        }
        if (months.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> sorted = new TreeSet<>(months);
        return Optional.of(sorted);
    }

    private static Integer month(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT).replace(".", "");
        if (w.matches("\\d{1,2}")) {
            int m = Integer.parseInt(w);
            return m >= 1 && m <= 12 ? m : null;
        }
        Integer found = null;
        for (List<String> names : List.of(MONTHS_FR, MONTHS_EN)) {
            int exact = names.indexOf(w);
            if (exact >= 0) {
                return exact + 1;
            }
        }
        // An abbreviation counts when it names one month only ("juil", "sept"; not "ju").
        for (List<String> names : List.of(MONTHS_FR, MONTHS_EN)) {
            for (int i = 0; i < 12; i++) {
                if (w.length() >= 3 && names.get(i).startsWith(w)) {
                    if (found != null && found != i + 1) {
                        return null;
                    }
                    found = i + 1;
                }
            }
        }
        return found;
    }

    /** The attribute's value in {@code attributes}, or null. */
    public String in(Map<String, String> attributes) {
        return attributes.get(column);
    }
}
