package org.eit.core.internal.activity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.table.ShippedFiles;
import org.eit.core.internal.text.Flags;
import org.eit.core.internal.text.Numbers;
import org.eit.core.model.Confidence;
import org.eit.core.model.Direction;
import org.eit.core.model.Vocabulary;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.Unit;
import org.eit.core.unit.Units;

/**
 * The typical inputs and outputs of each activity of NAF rév. 2 / NACE Rev. 2: what the literature says an
 * establishment of the activity offers and needs, with a ratio per employee where a source gives one, each row with
 * its source. Shipped as {@code org/eit/core/reference/activity-profiles.csv}; a workspace's
 * {@code knowledge/activity-profiles.csv} replaces rows (same activity, direction and resource), adds rows, or
 * removes them ({@code active} false).
 *
 * <pre>
 * activity       NAF code or prefix: 10.51C, 10.51, 10.5, 10 (a section letter is refused: too broad)
 * direction      offer or demand
 * resource       an id of the taxonomy
 * per_employee   quantity per employee and per year, where a source gives one (optional)
 * unit           the unit of per_employee (required with it)
 * confidence     how typical the flow is of the activity, by the source: low, medium, high
 * source         the reference: title, and URL or publication
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class ActivityProfiles {
    /** The name of the table, shipped and in a workspace's {@code knowledge/} folder. */
    public static final String FILE = "activity-profiles.csv";
    private static final String RESOURCE = "/org/eit/core/reference/" + FILE;
    static final List<String> COLUMNS = List.of("activity", "direction", "resource", "per_employee", "unit",
            "confidence", "source", "active");

    /**
     * One row.
     *
     * @param activity    the NAF code or prefix, as INSEE writes it ({@code 10.51}, {@code 10.5}, {@code 10})
     * @param direction   offer or demand
     * @param resource    the taxonomy's id
     * @param perEmployee quantity per employee and per year, or null
     * @param unit        the unit of {@code perEmployee}, or null
     * @param confidence  how typical of the activity the source says the flow is
     * @param source      the reference
     * @param file        where the row comes from (the shipped table or a workspace's override)
     * @param line        its line there
     */
    public record Row(String activity, Direction direction, String resource, Double perEmployee, Unit unit,
                      Confidence confidence, String source, String file, int line) {

        /** The key rows are replaced by: activity, direction, resource. */
        public String key() {
            return activity + "|" + direction.id() + "|" + resource;
        }
    }

    private final List<Row> rows;
    private final Map<String, List<Row>> byActivity;

    private ActivityProfiles(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Map<String, List<Row>> index = new LinkedHashMap<>();
        for (Row row : rows) {
            index.computeIfAbsent(row.activity(), a -> new ArrayList<>()).add(row);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byActivity = Collections.unmodifiableMap(index);
    }

    /** The shipped table, checked against {@code taxonomy}; its problems go to {@code problems}. */
    public static ActivityProfiles shipped(ResourceTaxonomy taxonomy, Problems problems) {
        return load(taxonomy, null, null, problems);
    }

    /**
     * The shipped table with a workspace's override {@code overrideText} (named {@code overrideName} in problems)
     * applied; every problem of both, with file and line, goes to {@code problems}, and a bad row is left out.
     */
    public static ActivityProfiles load(ResourceTaxonomy taxonomy, String overrideName, String overrideText,
                                        Problems problems) {
        Map<String, Row> rows = new LinkedHashMap<>();
        read(FILE, CsvTable.read(FILE, ShippedFiles.bytes(ActivityProfiles.class, RESOURCE), problems), taxonomy,
                rows, problems, true);
        if (overrideText != null) {
            read(overrideName, CsvTable.read(overrideName, overrideText.getBytes(StandardCharsets.UTF_8), problems),
                    taxonomy, rows, problems, false);
        }
        return new ActivityProfiles(new ArrayList<>(rows.values()));
    }

    /** A table of the given rows only, for tests and embedders. */
    public static ActivityProfiles of(List<Row> rows) {
        return new ActivityProfiles(rows);
    }

    /**
     * {@code shipped}: a shipped row naming a resource the workspace's taxonomy no longer has is left out silently
     * (the workspace removed the resource); the shipped table's other rows are checked by its tests.
     */
    private static void read(String file, CsvTable table, ResourceTaxonomy taxonomy, Map<String, Row> rows,
                             Problems problems, boolean shipped) {
        if (table.header().isEmpty() || !table.requireColumns(List.of("activity", "direction", "resource",
                "source"), problems)) {
            return;
        }
        for (String column : table.unknownColumns(COLUMNS)) {
            problems.warning(CoreMessages.MESSAGES, "csv.unknown-column", new org.eit.core.problem.Location(file, 1,
                    table.columnNumber(column)), column, null, String.join(", ", COLUMNS));
        }
        Numbers.Tally tally = new Numbers.Tally();
        table.rows().forEach(r -> tally.add(r.get("per_employee").orElse(null)));
        Numbers.Mark mark = tally.decided() != null ? tally.decided()
                : table.decimalComma() ? Numbers.Mark.COMMA : Numbers.Mark.POINT;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (CsvTable.Row r : table.rows()) {
            if (shipped && !taxonomy.contains(r.getOrEmpty("resource"))
                    && ResourceTaxonomy.shipped().contains(r.getOrEmpty("resource"))) {
                continue;
            }
            Optional<Row> row = row(file, r, taxonomy, mark, problems);
            if (row.isEmpty()) {
                continue;
            }
            String key = row.get().key();
            if (seen.containsKey(key)) {
                problems.error(CoreMessages.MESSAGES, "profile.duplicate-row", r.at(), "activity", key,
                        seen.get(key));
                continue;
            }
            seen.put(key, r.line());
            boolean active = Flags.parse(r.getOrEmpty("active")).orElse(true);
            if (active) {
                rows.put(key, row.get());
            } else {
                rows.remove(key);
            }
        }
    }

    private static Optional<Row> row(String file, CsvTable.Row r, ResourceTaxonomy taxonomy, Numbers.Mark mark,
                                     Problems problems) {
        boolean ok = true;
        String written = r.getOrEmpty("activity");
        Optional<String> activity = ActivityNomenclature.normalise(written)
                .filter(code -> Character.isDigit(code.charAt(0)))
                .filter(code -> ActivityNomenclature.shipped().find(code).isPresent());
        if (activity.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "profile.bad-activity", r.at("activity"), "activity", written);
            ok = false;
        }
        Optional<Direction> direction = Vocabulary.parse(Direction.class, r.getOrEmpty("direction"));
        if (direction.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "profile.bad-direction", r.at("direction"), "direction",
                    r.getOrEmpty("direction"));
            ok = false;
        }
        String resourceId = r.getOrEmpty("resource");
        Optional<Resource> resource = taxonomy.find(resourceId);
        if (resource.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "profile.unknown-resource", r.at("resource"), "resource",
                    resourceId);
            ok = false;
        }
        Double perEmployee = null;
        Unit unit = null;
        Optional<String> ratio = r.get("per_employee");
        Optional<String> unitText = r.get("unit");
        if (ratio.isPresent()) {
            OptionalDouble value = Numbers.parse(ratio.get(), mark == Numbers.Mark.COMMA);
            if (value.isEmpty() || value.getAsDouble() < 0) {
                problems.error(CoreMessages.MESSAGES, "profile.bad-ratio", r.at("per_employee"), "per_employee",
                        ratio.get());
                ok = false;
            } else {
                perEmployee = value.getAsDouble();
            }
            unit = unitText.flatMap(Units::find).orElse(null);
            if (unit == null) {
                problems.error(CoreMessages.MESSAGES, "profile.bad-unit", r.at("unit"), "unit",
                        unitText.orElse(""));
                ok = false;
            } else if (resource.isPresent() && !unit.isCompatibleWith(resource.get().defaultUnit())) {
                problems.error(CoreMessages.MESSAGES, "profile.unit-mismatch", r.at("unit"), "unit",
                        unitText.orElse(""), resourceId, resource.get().defaultUnit().symbol());
                ok = false;
            }
        }
        Confidence confidence = Confidence.LOW;
        if (r.get("confidence").isPresent()) {
            Optional<Confidence> parsed = Vocabulary.parse(Confidence.class, r.getOrEmpty("confidence"));
            if (parsed.isEmpty()) {
                problems.error(CoreMessages.MESSAGES, "profile.bad-confidence", r.at("confidence"), "confidence",
                        r.getOrEmpty("confidence"));
                ok = false;
            } else {
                confidence = parsed.get();
            }
        }
        String source = r.getOrEmpty("source");
        boolean removal = Flags.parse(r.getOrEmpty("active")).map(a -> !a).orElse(false);
        if (source.isEmpty() && !removal) {
            problems.error(CoreMessages.MESSAGES, "profile.no-source", r.at("source"), "source", null);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Row(activity.get(), direction.get(), resourceId, perEmployee, unit, confidence,
                source, file, r.line()));
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The profile of an activity: the rows of its most specific code that has any, {@code 10.51C} first, then
     * {@code 10.51}, {@code 10.5}, {@code 10}. Empty when no level of the code has a row (or the code is not one).
     */
    public Profile profileOf(String activityCode) {
        Optional<String> code = ActivityNomenclature.normalise(activityCode);
        if (code.isEmpty() || !Character.isDigit(code.get().charAt(0))) {
            return Profile.NONE;
        }
        for (String level : levels(code.get())) {
            List<Row> found = byActivity.get(level);
            if (found != null && !found.isEmpty()) {
                return new Profile(level, found);
            }
        }
        return Profile.NONE;
    }

    /** {@code 10.51C} → {@code 10.51C, 10.51, 10.5, 10}. */
    static List<String> levels(String code) {
        List<String> levels = new ArrayList<>();
        String c = code;
        while (c.length() >= 2) {
            levels.add(c);
            if (Character.isLetter(c.charAt(c.length() - 1)) && c.length() > 2) {
                c = c.substring(0, c.length() - 1);
            } else if (c.length() > 2) {
                c = c.substring(0, c.length() - 1);
                if (c.endsWith(".")) {
                    c = c.substring(0, c.length() - 1);
                }
            } else {
                break;
            }
        }
        return levels;
    }

    /**
     * The rows an activity gets.
     *
     * @param activity the code whose rows they are ({@code 10.51} for an actor of {@code 10.51C}), or null
     * @param rows     the rows, in the table's order
     */
    public record Profile(String activity, List<Row> rows) {
        static final Profile NONE = new Profile(null, List.of());

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }
}
