package org.eit.core.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eit.core.internal.text.Text;

/**
 * The units eit understands, with the spellings French and English spreadsheets use.
 *
 * <p>Why a table rather than JSR 385 (Indriya): the units of this field are a short, fixed list, several are
 * conventions rather than SI definitions (tonne of oil equivalent, full-time equivalent, thermie), and users write
 * them in French ({@code tonnes/an}, {@code m³/j}, {@code ETP}). Indriya has none of those without extra modules
 * and custom units, and its generic quantities would leak into records and rule facts. Each factor that is a
 * convention names its source.
 */
public final class Units {
    private static final Map<String, Unit> BY_ALIAS = new LinkedHashMap<>();
    private static final Map<String, Unit> BY_SYMBOL = new java.util.HashMap<>();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TRAILING_DOT = java.util.regex.Pattern.compile("\\.$");
    private static final List<Unit> ALL = new ArrayList<>();

    static {
        // mass (base t)
        unit("t", Dimension.MASS, 1, "", "tonne", "tonnes", "ton", "tons", "tonne metrique", "metric ton");
        unit("kg", Dimension.MASS, 1e-3, "", "kilogramme", "kilogrammes", "kilogram", "kilograms", "kilo", "kilos");
        unit("g", Dimension.MASS, 1e-6, "", "gramme", "grammes", "gram", "grams");
        unit("q", Dimension.MASS, 0.1, "quintal = 100 kg", "quintal", "quintaux");
        unit("kt", Dimension.MASS, 1e3, "", "kilotonne", "kilotonnes", "kilotonne(s)");
        // volume (base m3)
        unit("m3", Dimension.VOLUME, 1, "", "metre cube", "metres cubes", "cubic metre", "cubic metres",
                "cubic meter", "cubic meters", "cbm", "mc");
        unit("L", Dimension.VOLUME, 1e-3, "", "litre", "litres", "liter", "liters", "lt");
        unit("hL", Dimension.VOLUME, 0.1, "", "hectolitre", "hectolitres", "hectoliter", "hectoliters");
        unit("kL", Dimension.VOLUME, 1, "", "kilolitre", "kilolitres");
        // energy (base MWh)
        unit("MWh", Dimension.ENERGY, 1, "", "megawattheure", "megawattheures", "megawatt-hour", "megawatt hour",
                "mwhth", "mwhe", "mwhpci", "mwh pci");
        unit("kWh", Dimension.ENERGY, 1e-3, "", "kilowattheure", "kilowattheures", "kilowatt-hour",
                "kilowatt hour", "kwhth", "kwhe", "kwhpci", "kwh pci");
        unit("GWh", Dimension.ENERGY, 1e3, "", "gigawattheure", "gigawattheures", "gigawatt-hour", "gwhth",
                "gwhe");
        unit("Wh", Dimension.ENERGY, 1e-6, "", "wattheure", "watt-hour");
        unit("GJ", Dimension.ENERGY, 1 / 3.6, "1 MWh = 3.6 GJ", "gigajoule", "gigajoules");
        unit("MJ", Dimension.ENERGY, 1 / 3600.0, "1 MWh = 3,600 MJ", "megajoule", "megajoules");
        unit("th", Dimension.ENERGY, 1.163e-3, "thermie = 1 Mcal = 1.163 kWh", "thermie", "thermies");
        unit("toe", Dimension.ENERGY, 11.63, "IEA: 1 toe = 41.868 GJ = 11.63 MWh", "tep",
                "tonne equivalent petrole", "tonnes equivalent petrole", "tonne of oil equivalent",
                "tonnes of oil equivalent");
        // power (base kW)
        unit("kW", Dimension.POWER, 1, "", "kilowatt", "kilowatts", "kwth", "kwe");
        unit("MW", Dimension.POWER, 1e3, "", "megawatt", "megawatts", "mwth", "mwe");
        unit("W", Dimension.POWER, 1e-3, "", "watt", "watts");
        // time (base h)
        unit("h", Dimension.TIME, 1, "", "heure", "heures", "hour", "hours", "hr", "hrs");
        unit("min", Dimension.TIME, 1 / 60.0, "", "minute", "minutes", "mn");
        // count (base one item); the resource says what is counted
        unit("u", Dimension.COUNT, 1, "", "unit", "units", "unite", "unites", "piece", "pieces", "pce", "pcs",
                "nb", "nombre", "number", "item", "items", "x", "palette", "palettes", "pallet", "pallets", "repas",
                "meal", "meals", "place", "places", "seat", "seats", "personne", "personnes", "person", "persons",
                "people", "salarie", "salaries", "employee", "employees", "trajet", "trajets", "trip", "trips",
                "vehicule", "vehicules", "vehicle", "vehicles", "camion", "camions", "truck", "trucks",
                "conteneur", "conteneurs", "container", "containers", "benne", "bennes", "skip", "skips", "bac",
                "bacs", "bin", "bins", "machine", "machines", "contrat", "contrats", "contract", "contracts",
                "enfant", "enfants", "child", "children", "participant", "participants", "stagiaire", "stagiaires",
                "trainee", "trainees", "lot", "lots", "site", "sites", "visite", "visites", "visit", "visits",
                "berceau", "berceaux", "cradle", "cradles", "passage", "passages", "collecte", "collectes",
                "collection", "collections");
        // area (base m2)
        unit("m2", Dimension.AREA, 1, "", "metre carre", "metres carres", "square metre", "square metres",
                "square meter", "square meters", "sqm");
        unit("ha", Dimension.AREA, 1e4, "", "hectare", "hectares");
        unit("km2", Dimension.AREA, 1e6, "", "kilometre carre", "kilometres carres", "square kilometre",
                "square kilometres");
        // labour (base person-hour)
        unit("person-h", Dimension.LABOUR, 1, "", "heure-homme", "heures-homme", "heure homme", "heures homme",
                "h.h", "hh", "person-hour", "person-hours", "man-hour", "man-hours");
        unit("person-day", Dimension.LABOUR, 7, "French working day: 35 h a week / 5 days = 7 h", "jour-homme",
                "jours-homme", "jour homme", "jours homme", "j.h", "jh", "person-days", "man-day", "man-days");
        unit("FTE", Dimension.LABOUR, 1607,
                "French statutory annual working time: 1,607 h (Code du travail, art. L3121-41)", "etp",
                "equivalent temps plein", "equivalents temps plein", "full-time equivalent",
                "full-time equivalents", "ftes");
    }

    private Units() {
    }

    private static void unit(String symbol, Dimension dimension, double toBase, String source, String... aliases) {
        Unit unit = new Unit(symbol, dimension, toBase, List.of(aliases), source);
        ALL.add(unit);
        BY_SYMBOL.put(symbol, unit);
        register(symbol, unit);
        for (String alias : aliases) {
            register(alias, unit);
        }
    }

    private static void register(String alias, Unit unit) {
        Unit previous = BY_ALIAS.put(normalise(alias), unit);
        if (previous != null && previous != unit) {
            throw new IllegalStateException("unit alias '" + alias + "' names both " + previous + " and " + unit);
        }
    }

    /** Every unit, in a stable order. */
    public static List<Unit> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The unit written {@code text} ({@code tonnes}, {@code m³}, {@code kWh}, {@code ETP}), if known. */
    public static Optional<Unit> find(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_ALIAS.get(normalise(text)));
    }

    /** Like {@link #find} for symbols the code itself uses; a typo there is a bug, not bad input. */
    public static Unit require(String symbol) {
        Unit exact = BY_SYMBOL.get(symbol);
        if (exact != null) {
            return exact;
        }
        return find(symbol).orElseThrow(() -> new UnitException("unknown unit '" + symbol + "'"));
    }

    /**
     * Reads a unit that may carry its period, as spreadsheets have it: {@code t/an}, {@code m3/j},
     * {@code MWh par an}, {@code kg per week}. A period on a power ({@code kW/h}) is refused: power is already a rate.
     */
    public static Optional<Rate> parseRate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Unit> whole = find(text);
        if (whole.isPresent()) {
            return Optional.of(new Rate(whole.get(), null));
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        for (String separator : new String[] {"/", " par ", " per ", " a l'", " a la ", " au "}) {
            int at = lower.lastIndexOf(separator);
            if (at > 0) {
                Optional<Unit> unit = find(text.substring(0, at));
                Optional<Period> period = Period.parse(text.substring(at + separator.length()));
                if (unit.isPresent() && period.isPresent() && unit.get().dimension() != Dimension.POWER) {
                    return Optional.of(new Rate(unit.get(), period.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The closest known units to {@code text}, for "did you mean" messages; all unit symbols when none is close.
     */
    public static List<String> suggest(String text) {
        String key = normalise(text == null ? "" : text);
        List<String> close = ALL.stream()
                .filter(unit -> similar(key, normalise(unit.symbol()))
                        || unit.aliases().stream().anyMatch(alias -> similar(key, normalise(alias))))
                .map(Unit::symbol)
                .limit(3)
                .toList();
        return close.isEmpty() ? ALL.stream().map(Unit::symbol).toList() : close;
    }

    private static boolean similar(String a, String b) {
        return !a.isEmpty() && (b.startsWith(a) || a.startsWith(b) || Text.oneEditApart(a, b));
    }

    /** Lower case, no accents, superscripts as digits, no inner spaces around dots: how aliases are compared. */
    static String normalise(String text) {
        String folded = Text.fold(text.trim()).replace('³', '3').replace('²', '2');
        return TRAILING_DOT.matcher(SPACES.matcher(folded).replaceAll(" ")).replaceAll("");
    }

    /**
     * A unit with an optional period, as read from one cell. {@code period} is null when the text gave none.
     */
    public record Rate(Unit unit, Period period) {
    }
}
