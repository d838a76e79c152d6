package org.eit.io.sirene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eit.core.geo.GeoPoint;
import org.eit.core.internal.activity.ActivityNomenclature;
import org.eit.core.internal.collect.LongSet;
import org.eit.core.internal.geo.Lambert93;
import org.eit.core.internal.table.CsvStream;
import org.eit.core.model.ActorKind;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.io.IoMessages;
import org.eit.io.output.OutputFolder;

/**
 * Turns an INSEE SIRENE establishments extract into a workspace: {@code actors.csv} (one actor per establishment
 * kept), a {@code territory.yaml} and a {@code flows.csv} with its header only, the flows being for the interviews
 * or the activity profiles to give (the territory is written with {@code estimation.enabled: true}).
 *
 * <p>The extract is the "StockEtablissement" file of INSEE's <i>Base Sirene des entreprises et de leurs
 * établissements</i> (data.gouv.fr, format 3.11), with its official column names ({@code siret},
 * {@code statutDiffusionEtablissement}, {@code trancheEffectifsEtablissement}, {@code codeCommuneEtablissement},
 * {@code etatAdministratifEtablissement}, {@code enseigne1Etablissement}, {@code denominationUsuelleEtablissement},
 * {@code activitePrincipaleEtablissement}, {@code nomenclatureActivitePrincipaleEtablissement}...), or any extract or
 * join of it that keeps those names: the geolocated versions add {@code longitude}/{@code latitude} (WGS84, the
 * Etalab geocoded stock), {@code x_longitude}/{@code y_latitude} or {@code x}/{@code y} with {@code epsg} (INSEE's
 * "Géolocalisation des établissements du répertoire SIRENE pour les études statistiques"), and format 3.11 itself
 * gives {@code coordonneeLambertAbscisseEtablissement}/{@code coordonneeLambertOrdonneeEtablissement}. Coordinates
 * in Lambert-93 (EPSG:2154, metropolitan France) are converted ({@link Lambert93}); those of the overseas
 * departments' projections (UTM zones, EPSG 2972, 2975, 4471, 5490, 32620...) are ignored and counted. A join with
 * the legal units file may add {@code denominationUniteLegale} (a name when the establishment has none) and
 * {@code categorieJuridiqueUniteLegale} (associations and public bodies).
 *
 * <p>The file is streamed: only one row is in memory, whatever the size of the extract (a region's is millions of
 * lines), plus the SIRETs kept, to refuse a SIRET seen twice.
 */
public final class SireneImport {
    /** The columns an extract must have. */
    static final List<String> REQUIRED = List.of("siret", "activitePrincipaleEtablissement");
    static final String ACTORS_HEADER = "id,name,kind,activity,employees,latitude,longitude,zone,notes";
    static final String FLOWS_HEADER = "id,actor,direction,resource,description,quantity,unit,period,source,notes";

    /**
     * INSEE's headcount bands of establishments ({@code trancheEffectifsEtablissement}), as documented in the
     * description of the StockEtablissement file (INSEE, "Sirene : description des variables", modalities of
     * {@code trancheEffectifsEtablissement}): NN non-employing establishment (no employee during the reference year
     * and none on 31 December), 00 no employee on 31 December but some during the year, 01 1 or 2 employees, 02 3 to
     * 5, 03 6 to 9, 11 10 to 19, 12 20 to 49, 21 50 to 99, 22 100 to 199, 31 200 to 249, 32 250 to 499, 41 500 to 999,
     * 42 1,000 to 1,999, 51 2,000 to 4,999, 52 5,000 to 9,999, 53 10,000 or more. {low, high}; high -1 for the open
     * band.
     */
    static final Map<String, int[]> BANDS = Map.ofEntries(
            Map.entry("00", new int[] {0, 0}), Map.entry("01", new int[] {1, 2}), Map.entry("02", new int[] {3, 5}),
            Map.entry("03", new int[] {6, 9}), Map.entry("11", new int[] {10, 19}),
            Map.entry("12", new int[] {20, 49}), Map.entry("21", new int[] {50, 99}),
            Map.entry("22", new int[] {100, 199}), Map.entry("31", new int[] {200, 249}),
            Map.entry("32", new int[] {250, 499}), Map.entry("41", new int[] {500, 999}),
            Map.entry("42", new int[] {1000, 1999}), Map.entry("51", new int[] {2000, 4999}),
            Map.entry("52", new int[] {5000, 9999}), Map.entry("53", new int[] {10000, -1}));

    /** Why a row of the extract was left out. */
    public enum Skip {
        /** {@code etatAdministratifEtablissement = F}: closed (fermé). */
        CLOSED,
        /** not one of the communes asked for */
        OTHER_COMMUNE,
        /** not one of the activities asked for */
        OTHER_ACTIVITY,
        /** an establishment abroad ({@code codePaysEtrangerEtablissement}) */
        ABROAD,
        /** no SIRET of 14 digits */
        BAD_SIRET,
        /** the same SIRET twice */
        DUPLICATE
    }

    /** How a kept establishment was named. */
    public enum Naming {
        /** {@code enseigne1Etablissement} (else 2, 3) */
        ENSEIGNE,
        /** {@code denominationUsuelleEtablissement} */
        USUAL_NAME,
        /** the legal unit's {@code denominationUniteLegale} or {@code denominationUsuelle1UniteLegale} */
        UNIT_NAME,
        /** nothing in the file names it: "Établissement SIRET" */
        SIRET,
        /** partially diffusible ({@code statutDiffusionEtablissement} P or N): named anonymously */
        ANONYMOUS
    }

    /** Where a kept establishment's position came from. */
    public enum Position {
        /** {@code longitude}/{@code latitude} (WGS84) */
        WGS84,
        /** Lambert-93 x, y converted */
        LAMBERT93,
        /** coordinates in another projection (overseas), or outside metropolitan France: ignored */
        IGNORED,
        /** partially diffusible: position not kept, the commune is */
        MASKED,
        /** no coordinates: placed by its commune only */
        NONE
    }

    /**
     * What to keep.
     *
     * @param communes   INSEE commune codes (5 characters: {@code 03185}, {@code 2A004}); empty keeps every commune
     * @param activities NAF rév. 2 codes or prefixes ({@code 10.51C}, {@code 10.51}, {@code 10}, or a section letter
     *                   {@code C} for its divisions); empty keeps every activity
     * @param name       the territory's name; null to name it after its communes
     */
    public record Options(Set<String> communes, List<String> activities, String name) {
        public Options {
            communes = Set.copyOf(communes);
            activities = List.copyOf(activities);
        }
    }

    /**
     * What the import did.
     *
     * @param read             data rows read
     * @param kept             establishments written as actors
     * @param skipped          rows left out, by reason
     * @param naming           kept establishments by how they were named
     * @param positions        kept establishments by where their position came from
     * @param otherNomenclature kept establishments whose activity is coded in another nomenclature than NAF rév. 2
     *                         (left without activity, the code in their notes)
     * @param communes         the communes of the kept establishments, code to name
     * @param territoryName    the name written in territory.yaml
     * @param problems         problems with the file (missing columns, encoding, syntax)
     */
    public record Report(long read, long kept, Map<Skip, Long> skipped, Map<Naming, Long> naming,
                         Map<Position, Long> positions, long otherNomenclature, Map<String, String> communes,
                         String territoryName, List<Problem> problems) {

        public long skipped(Skip reason) {
            return skipped.getOrDefault(reason, 0L);
        }

        public long named(Naming how) {
            return naming.getOrDefault(how, 0L);
        }

        public long placed(Position how) {
            return positions.getOrDefault(how, 0L);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** An option that is not a code: an INSEE commune code or a NAF rév. 2 code, with what was written. */
    public static final class BadOption extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String option;
        private final String value;

        BadOption(String option, String value) {
            super(option + " " + value);
            this.option = option;
            this.value = value;
        }

        public String option() {
            return option;
        }

        public String value() {
            return value;
        }
    }

    private final Options options;
    private final List<String> prefixes;

    /** Checks the options; {@link BadOption} names the first one that is not a code. */
    public SireneImport(Options options) {
        this.options = options;
        for (String commune : options.communes()) {
            if (!commune.matches("[0-9][0-9AB][0-9]{3}")) {
                throw new BadOption("communes", commune);
            }
        }
        this.prefixes = activityPrefixes(options.activities());
    }

    /**
     * The prefixes of the NAF rév. 2 codes to keep: each code as INSEE writes it ({@code 1051c} is {@code 10.51C}),
     * and a section letter as its divisions.
     */
    static List<String> activityPrefixes(List<String> codes) {
        List<String> prefixes = new ArrayList<>();
        ActivityNomenclature naf = ActivityNomenclature.shipped();
        for (String written : codes) {
            Optional<String> code = ActivityNomenclature.normalise(written);
            if (code.isEmpty() || naf.find(code.get()).isEmpty()) {
                throw new BadOption("activities", written);
            }
            String c = code.get();
            if (Character.isLetter(c.charAt(0))) {
                for (int d = 1; d <= 99; d++) {
                    String division = String.format(Locale.ROOT, "%02d", d);
                    if (naf.find(division).isPresent() && ActivityNomenclature.sectionOf(division).orElse("")
                            .equals(c)) {
                        prefixes.add(division);
                    }
                }
            } else {
                prefixes.add(c);
            }
        }
        return prefixes;
    }

    /**
     * Reads the extract {@code in} (named {@code file} in problems) and writes the workspace into {@code out}, all
     * files or none: a file of {@code out} eit did not write is refused ({@link OutputFolder.RefusedOverwrite})
     * before anything is read, and nothing is written when the extract lacks the required columns.
     */
    public Report run(String file, InputStream in, OutputFolder out) throws IOException {
        Problems problems = new Problems();
        out.checkWritable("territory.yaml", "actors.csv", "flows.csv");
        Counts counts = new Counts();
        try (CsvStream csv = CsvStream.open(file, in, problems)) {
            Columns columns = new Columns(csv);
            boolean complete = !csv.header().isEmpty();
            for (String required : REQUIRED) {
                if (csv.column(required) < 0 && complete) {
                    problems.error(IoMessages.MESSAGES, "sirene.missing-column", Location.of(file, 1), required,
                            null, String.join(", ", REQUIRED));
                    complete = false;
                }
            }
            if (!complete) {
                return counts.report(problems, null);
            }
            try (OutputFolder.Batch batch = out.batch("territory.yaml", "actors.csv", "flows.csv")) {
                Writer actors = batch.writer("actors.csv");
                actors.write(ACTORS_HEADER + "\n");
                batch.writer("flows.csv").write(FLOWS_HEADER + "\n");
                String[] row;
                while ((row = csv.next()) != null) {
                    counts.read++;
                    String line = establishment(row, columns, counts);
                    if (line != null) {
                        actors.write(line);
                    }
                }
                String name = territoryName(counts, file);
                batch.writer("territory.yaml").write(settings(name, file, counts.kept));
                csv.close();
                if (problems.hasErrors()) {
                    return counts.report(problems, name);
                }
                batch.commit();
                return counts.report(problems, name);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The tallies of a run. */
    private static final class Counts {
        long read;
        long kept;
        long otherNomenclature;
        final Map<Skip, Long> skipped = new EnumMap<>(Skip.class);
        final Map<Naming, Long> naming = new EnumMap<>(Naming.class);
        final Map<Position, Long> positions = new EnumMap<>(Position.class);
        final Map<String, String> communes = new TreeMap<>();
        final LongSet sirets = new LongSet();

        void skip(Skip reason) {
            skipped.merge(reason, 1L, Long::sum);
        }

        Report report(Problems problems, String name) {
            return new Report(read, kept, Map.copyOf(skipped), Map.copyOf(naming), Map.copyOf(positions),
                    otherNomenclature, Map.copyOf(communes), name, problems.sorted());
        }
    }

    /** The indexes of the columns used, -1 when the extract lacks one. */
    private static final class Columns {
        final int siret;
        final int status;
        final int band;
        final int bandYear;
        final int commune;
        final int communeName;
        final int country;
        final int state;
        final int[] enseignes;
        final int usualName;
        final int[] unitNames;
        final int activity;
        final int nomenclature;
        final int legalCategory;
        final int latitude;
        final int longitude;
        final int x;
        final int y;
        final int epsg;
        final int lambertX;
        final int lambertY;
        final int headOffice;

        Columns(CsvStream csv) {
            siret = csv.column("siret");
            status = csv.column("statutDiffusionEtablissement");
            band = csv.column("trancheEffectifsEtablissement");
            bandYear = csv.column("anneeEffectifsEtablissement");
            commune = csv.column("codeCommuneEtablissement");
            communeName = csv.column("libelleCommuneEtablissement");
            country = csv.column("codePaysEtrangerEtablissement");
            state = csv.column("etatAdministratifEtablissement");
            enseignes = new int[] {csv.column("enseigne1Etablissement"), csv.column("enseigne2Etablissement"),
                csv.column("enseigne3Etablissement")};
            usualName = csv.column("denominationUsuelleEtablissement");
            unitNames = new int[] {csv.column("denominationUniteLegale"),
                csv.column("denominationUsuelle1UniteLegale")};
            activity = csv.column("activitePrincipaleEtablissement");
            nomenclature = csv.column("nomenclatureActivitePrincipaleEtablissement");
            legalCategory = csv.column("categorieJuridiqueUniteLegale");
            int lat = csv.column("latitude");
            int lon = csv.column("longitude");
            if (lat < 0 || lon < 0) {
                lat = csv.column("y_latitude");
                lon = csv.column("x_longitude");
            }
            latitude = lat;
            longitude = lon;
            x = csv.column("x");
            y = csv.column("y");
            epsg = csv.column("epsg");
            lambertX = csv.column("coordonneeLambertAbscisseEtablissement");
            lambertY = csv.column("coordonneeLambertOrdonneeEtablissement");
            headOffice = csv.column("etablissementSiege");
        }
    }

    private static String cell(String[] row, int index) {
        if (index < 0 || index >= row.length || row[index] == null) {
            return "";
        }
        String value = row[index].trim();
        // INSEE writes [ND] (non diffusé) where a partially diffusible establishment's value is masked.
        return value.equals("[ND]") ? "" : value;
    }

    /** The actors.csv line of a row, or null when the row is left out (counted). */
    private String establishment(String[] row, Columns c, Counts counts) {
        String siret = cell(row, c.siret).replace(" ", "");
        if (!siret.matches("\\d{14}")) {
            counts.skip(Skip.BAD_SIRET);
            return null;
        }
        if (cell(row, c.state).equalsIgnoreCase("F")) {
            counts.skip(Skip.CLOSED);
            return null;
        }
        if (!cell(row, c.country).isEmpty()) {
            counts.skip(Skip.ABROAD);
            return null;
        }
        String commune = cell(row, c.commune);
        if (!options.communes().isEmpty() && !options.communes().contains(commune)) {
            counts.skip(Skip.OTHER_COMMUNE);
            return null;
        }
        String written = cell(row, c.activity);
        String nomenclature = cell(row, c.nomenclature);
        boolean nafRev2 = nomenclature.isEmpty() || nomenclature.equalsIgnoreCase("NAFRev2");
        String activity = nafRev2 ? ActivityNomenclature.normalise(written)
                .filter(code -> ActivityNomenclature.shipped().find(code).isPresent()).orElse("") : "";
        if (!prefixes.isEmpty() && prefixes.stream().noneMatch(activity::startsWith) || !prefixes.isEmpty()
                && activity.isEmpty()) {
            counts.skip(Skip.OTHER_ACTIVITY);
            return null;
        }
        if (!counts.sirets.add(Long.parseLong(siret))) {
            counts.skip(Skip.DUPLICATE);
            return null;
        }
        List<String> notes = new ArrayList<>();
        if (!written.isEmpty() && activity.isEmpty()) {
            counts.otherNomenclature++;
            notes.add("activité " + written + (nomenclature.isEmpty() ? "" : " (" + nomenclature + ")")
                    + " non reprise");
        }
        boolean anonymous = cell(row, c.status).equalsIgnoreCase("P") || cell(row, c.status).equalsIgnoreCase("N");
        String name;
        Naming naming;
        if (anonymous) {
            name = "Établissement non diffusible " + siret;
            naming = Naming.ANONYMOUS;
            notes.add("diffusion partielle : nom et position non repris");
        } else {
            name = firstOf(row, c.enseignes);
            naming = Naming.ENSEIGNE;
            if (name.isEmpty()) {
                name = cell(row, c.usualName);
                naming = Naming.USUAL_NAME;
            }
            if (name.isEmpty()) {
                name = firstOf(row, c.unitNames);
                naming = Naming.UNIT_NAME;
            }
            if (name.isEmpty()) {
                name = "Établissement " + siret;
                naming = Naming.SIRET;
            }
        }
        counts.naming.merge(naming, 1L, Long::sum);
        String band = cell(row, c.band);
        String employees = "";
        int[] range = BANDS.get(band);
        if (range != null) {
            employees = String.valueOf(range[1] < 0 ? range[0] : (range[0] + range[1] + 1) / 2);
            String year = cell(row, c.bandYear);
            notes.add("tranche d'effectifs " + band + " (" + (range[1] < 0 ? range[0] + " salariés et plus"
                    : range[0] == range[1] ? range[0] + " salarié au 31/12" : range[0] + " à " + range[1]
                    + " salariés") + (year.isEmpty() ? "" : ", " + year) + ")");
        } else if (band.equalsIgnoreCase("NN")) {
            notes.add("tranche d'effectifs NN (non employeur)");
        }
        GeoPoint point = null;
        Position position = Position.NONE;
        if (anonymous) {
            position = Position.MASKED;
        } else {
            Optional<GeoPoint> wgs84 = wgs84(cell(row, c.latitude), cell(row, c.longitude));
            if (wgs84.isPresent()) {
                point = wgs84.get();
                position = Position.WGS84;
            } else {
                String x = cell(row, c.x);
                String y = cell(row, c.y);
                String epsg = cell(row, c.epsg);
                boolean metropolitan = !commune.startsWith("97") && !commune.startsWith("98");
                if (x.isEmpty() || y.isEmpty()) {
                    x = cell(row, c.lambertX);
                    y = cell(row, c.lambertY);
                    epsg = metropolitan ? "2154" : "";
                }
                if (!x.isEmpty() && !y.isEmpty()) {
                    Optional<GeoPoint> converted = epsg.equals("2154") || epsg.isEmpty() && metropolitan
                            ? lambert93(x, y) : Optional.empty();
                    point = converted.orElse(null);
                    position = converted.isPresent() ? Position.LAMBERT93 : Position.IGNORED;
                }
            }
        }
        counts.positions.merge(position, 1L, Long::sum);
        if (cell(row, c.headOffice).equalsIgnoreCase("true")) {
            notes.add("siège");
        }
        String communeName = cell(row, c.communeName);
        if (!commune.isEmpty()) {
            counts.communes.putIfAbsent(commune, communeName.isEmpty() ? commune : communeName);
        }
        counts.kept++;
        return String.join(",", siret, csv(name), kind(activity, cell(row, c.legalCategory)).id(), activity,
                employees, point == null ? "" : coordinate(point.latitude()),
                point == null ? "" : coordinate(point.longitude()), csv(communeName),
                csv(String.join("; ", notes))) + "\n";
    }

    private static String firstOf(String[] row, int[] indexes) {
        for (int index : indexes) {
            String value = cell(row, index);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /**
     * The kind of actor: by the legal category when the extract has it (92xx associations, 7xxx legal persons of
     * public law), else by the activity: 84 public administration, 01 farms, 36-37 water and sewerage utilities, 35.30
     * heat networks, 38-39 waste operators, 94 associations (membership organisations), else a company.
     */
    static ActorKind kind(String activity, String legalCategory) {
        if (legalCategory.startsWith("92")) {
            return ActorKind.ASSOCIATION;
        }
        if (legalCategory.startsWith("7")) {
            return ActorKind.PUBLIC_BODY;
        }
        if (activity.startsWith("84")) {
            return ActorKind.PUBLIC_BODY;
        }
        if (activity.startsWith("01")) {
            return ActorKind.FARM;
        }
        if (activity.startsWith("36") || activity.startsWith("37") || activity.startsWith("35.30")) {
            return ActorKind.UTILITY;
        }
        if (activity.startsWith("38") || activity.startsWith("39")) {
            return ActorKind.WASTE_OPERATOR;
        }
        if (activity.startsWith("94")) {
            return ActorKind.ASSOCIATION;
        }
        return ActorKind.COMPANY;
    }

    private static Optional<GeoPoint> wgs84(String latitude, String longitude) {
        try {
            if (latitude.isEmpty() || longitude.isEmpty()) {
                return Optional.empty();
            }
            double lat = Double.parseDouble(latitude.replace(',', '.'));
            double lon = Double.parseDouble(longitude.replace(',', '.'));
            if (lat == 0 && lon == 0) {
                return Optional.empty();
            }
            return Optional.of(new GeoPoint(lat, lon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<GeoPoint> lambert93(String x, String y) {
        try {
            return Lambert93.toWgs84(Double.parseDouble(x.replace(',', '.')), Double.parseDouble(y.replace(',',
                    '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
    static String csv(String value) {
        String v = value.replace('\r', ' ').replace('\n', ' ');
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && !v.startsWith("#")) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private String territoryName(Counts counts, String file) {
        if (options.name() != null && !options.name().isBlank()) {
            return options.name().trim();
        }
        Set<String> names = new LinkedHashSet<>(new TreeSet<>(counts.communes.values()));
        if (options.communes().isEmpty() || names.isEmpty()) {
            return "Import SIRENE " + file;
        }
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) {
            return "Commune de " + list.get(0);
        }
        if (list.size() <= 3) {
            return "Communes de " + String.join(", ", list.subList(0, list.size() - 1)) + " et "
                    + list.get(list.size() - 1);
        }
        return "Communes de " + String.join(", ", list.subList(0, 3)) + " et " + (list.size() - 3)
                + " autre(s)";
    }

    private static String settings(String name, String file, long kept) {
        return "# Written by eit import sirene from " + file.replace('\n', ' ') + ".\n"
                + "name: " + yaml(name) + "\n"
                + "language: fr\n"
                + "currency: EUR\n"
                + "description: " + yaml("Acteurs importés de SIRENE (" + kept + " établissements actifs) ; "
                + "flux à recueillir en entretien ou à estimer par les profils d'activité (diagnostic V1)") + "\n"
                + "parameters:\n"
                + "  # No flow is declared yet: activity profiles give each actor its likely flows, marked estimated.\n"
                + "  estimation.enabled: true\n";
    }

    private static String yaml(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
