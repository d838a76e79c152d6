package org.eit.rules.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.eit.core.api.LocalizedText;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.table.ShippedFiles;
import org.eit.core.internal.text.Flags;
import org.eit.core.internal.text.Numbers;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.RulesMessages;

/**
 * Reads the knowledge tables the rules use, shipped in {@code org/eit/rules/knowledge/}, and applies a territory's
 * overrides: a row whose key is already shipped replaces it, a new key adds a row, and a row with
 * {@code active = false} removes the key. Every problem of every table is reported with its file and line.
 */
public final class KnowledgeTables {
    public static final String SUBSTITUTIONS = "substitutions.csv";
    public static final String REACHES = "reaches.csv";
    public static final String POOLING_THEMES = "pooling-themes.csv";
    public static final List<String> MODES = List.of("pipe", "truck", "ship", "local");
    private static final String FOLDER = "/org/eit/rules/knowledge/";

    private KnowledgeTables() {
    }

    /** The shipped tables with {@code overrides} applied; problems collected in {@code problems}. */
    public static Knowledge load(ResourceTaxonomy taxonomy, List<SourceFile> overrides, Problems problems) {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        for (SourceFile file : overrides) {
            String name = file.baseName();
            if (!List.of(SUBSTITUTIONS, REACHES, POOLING_THEMES).contains(name)) {
                problems.warning(RulesMessages.MESSAGES, "knowledge.unknown-table", Location.of(file.name()), "", null,
                        String.join(", ", SUBSTITUTIONS, REACHES, POOLING_THEMES));
            } else {
                byName.put(name, file);
            }
        }
        Rows rows = new Rows(taxonomy, problems);
        List<Substitution> substitutions = table(SUBSTITUTIONS, byName, problems, rows::substitution,
                s -> s.offered() + " > " + s.demanded());
        List<Reach> reaches = table(REACHES, byName, problems, rows::reach, r -> r.family() + " " + r.mode());
        List<PoolingThemeRow> themes = table(POOLING_THEMES, byName, problems, rows::theme, PoolingThemeRow::id);
        checkThemesDoNotOverlap(themes, taxonomy, problems);
        return new Knowledge(substitutions, reaches, themes);
    }

    private static <T> List<T> table(String name, Map<String, SourceFile> overrides, Problems problems,
                                     RowReader<T> reader, Function<T, String> key) {
        Map<String, T> rows = new LinkedHashMap<>();
        read(name, ShippedFiles.bytes(KnowledgeTables.class, FOLDER + name), reader, key, rows, problems);
        SourceFile override = overrides.get(name);
        if (override != null) {
            read(override.name(), override.content().getBytes(StandardCharsets.UTF_8), reader, key, rows, problems);
        }
        return new ArrayList<>(rows.values());
    }

    private static <T> void read(String file, byte[] content, RowReader<T> reader, Function<T, String> key,
                                 Map<String, T> rows, Problems problems) {
        CsvTable table = CsvTable.read(file, content, problems);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Optional<T> value = reader.read(file, row);
            if (value.isEmpty()) {
                continue;
            }
            String k = key.apply(value.get());
            if (seen.containsKey(k)) {
                problems.error(RulesMessages.MESSAGES, "knowledge.duplicate-row", row.at(), "", k, seen.get(k));
                continue;
            }
            seen.put(k, row.line());
            if (Flags.parse(row.getOrEmpty("active")).orElse(true) == Boolean.FALSE) {
                rows.remove(k);
            } else {
                rows.put(k, value.get());
            }
        }
    }

    private static void checkThemesDoNotOverlap(List<PoolingThemeRow> themes, ResourceTaxonomy taxonomy,
                                                Problems problems) {
        for (PoolingThemeRow a : themes) {
            for (PoolingThemeRow b : themes) {
                if (a != b && taxonomy.contains(a.family()) && taxonomy.contains(b.family())
                        && taxonomy.isA(a.family(), b.family())) {
                    problems.error(RulesMessages.MESSAGES, "knowledge.overlapping-themes", Location.of(POOLING_THEMES), "family",
                            a.family(), a.id(), b.id());
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        Optional<T> read(String file, CsvTable.Row row);
    }

    /** Reads one row of each table, reporting every problem of the row. */
    private record Rows(ResourceTaxonomy taxonomy, Problems problems) {

        Optional<Substitution> substitution(String file, CsvTable.Row row) {
            long before = problems.errorCount();
            String offered = resource(row, "offered");
            String demanded = resource(row, "demanded");
            OptionalDouble ratio = number(row, "ratio", true);
            if (ratio.isPresent() && !(ratio.getAsDouble() > 0)) {
                problems.error(RulesMessages.MESSAGES, "knowledge.not-positive", row.at("ratio"), "ratio", row.getOrEmpty("ratio"));
            }
            OptionalDouble min = number(row, "min_temperature_c", false);
            OptionalDouble max = number(row, "max_temperature_c", false);
            if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                problems.error(RulesMessages.MESSAGES, "knowledge.min-above-max", row.at("min_temperature_c"), "min_temperature_c",
                        row.getOrEmpty("min_temperature_c"), row.getOrEmpty("max_temperature_c"));
            }
            boolean hazardous = bool(row, "hazardous_allowed");
            String preparationFr = text(row, "preparation_fr");
            String preparationEn = text(row, "preparation_en");
            String source = text(row, "source");
            if (offered != null && demanded != null && taxonomy.isA(offered, demanded)) {
                problems.warning(RulesMessages.MESSAGES, "knowledge.redundant-substitution", row.at("offered"), "offered", offered, demanded);
            }
            if (problems.errorCount() > before) {
                return Optional.empty();
            }
            return Optional.of(new Substitution(offered, demanded, ratio.getAsDouble(),
                    min.isPresent() ? min.getAsDouble() : null, max.isPresent() ? max.getAsDouble() : null,
                    hazardous, new LocalizedText(preparationFr, preparationEn), source, file, row.line()));
        }

        Optional<Reach> reach(String file, CsvTable.Row row) {
            long before = problems.errorCount();
            String family = resource(row, "family");
            String mode = row.getOrEmpty("mode");
            if (!MODES.contains(mode)) {
                problems.error(RulesMessages.MESSAGES, "knowledge.bad-mode", row.at("mode"), "mode", mode, String.join(", ", MODES));
            }
            OptionalDouble max = number(row, "max_km", true);
            if (max.isPresent() && !(max.getAsDouble() > 0)) {
                problems.error(RulesMessages.MESSAGES, "knowledge.not-positive", row.at("max_km"), "max_km", row.getOrEmpty("max_km"));
            }
            String source = text(row, "source");
            if (problems.errorCount() > before) {
                return Optional.empty();
            }
            return Optional.of(new Reach(family, mode, max.getAsDouble(), source));
        }

        Optional<PoolingThemeRow> theme(String file, CsvTable.Row row) {
            long before = problems.errorCount();
            String id = text(row, "id");
            String family = resource(row, "family");
            String labelFr = text(row, "label_fr");
            String labelEn = text(row, "label_en");
            OptionalDouble min = number(row, "min_actors", true);
            if (min.isPresent() && (min.getAsDouble() < 2 || min.getAsDouble() != Math.rint(min.getAsDouble()))) {
                problems.error(RulesMessages.MESSAGES, "knowledge.min-actors", row.at("min_actors"), "min_actors",
                        row.getOrEmpty("min_actors"));
            }
            OptionalDouble radius = number(row, "radius_km", true);
            if (radius.isPresent() && !(radius.getAsDouble() > 0)) {
                problems.error(RulesMessages.MESSAGES, "knowledge.not-positive", row.at("radius_km"), "radius_km",
                        row.getOrEmpty("radius_km"));
            }
            boolean byResource = row.get("by_resource").isPresent() && bool(row, "by_resource");
            String source = text(row, "source");
            if (problems.errorCount() > before) {
                return Optional.empty();
            }
            return Optional.of(new PoolingThemeRow(id, family, new LocalizedText(labelFr, labelEn),
                    (int) min.getAsDouble(), radius.getAsDouble(), byResource, source));
        }

        private String resource(CsvTable.Row row, String column) {
            String id = text(row, column);
            if (id != null && !taxonomy.contains(id)) {
                problems.error(RulesMessages.MESSAGES, "knowledge.unknown-resource", row.at(column), column, id);
                return null;
            }
            return id;
        }

        private String text(CsvTable.Row row, String column) {
            Optional<String> value = row.get(column);
            if (value.isEmpty()) {
                problems.error(CoreMessages.MESSAGES, "field.required", row.at(column), column, null);
                return null;
            }
            return value.get();
        }

        private OptionalDouble number(CsvTable.Row row, String column, boolean required) {
            Optional<String> value = row.get(column);
            if (value.isEmpty()) {
                if (required) {
                    problems.error(CoreMessages.MESSAGES, "field.required", row.at(column), column, null);
                }
                return OptionalDouble.empty();
            }
            OptionalDouble number = Numbers.parse(value.get(), row.decimalComma());
            if (number.isEmpty()) {
                problems.error(CoreMessages.MESSAGES, "number.invalid", row.at(column), column, value.get());
            }
            return number;
        }

        private boolean bool(CsvTable.Row row, String column) {
            String value = row.getOrEmpty(column);
            Optional<Boolean> flag = Flags.parse(value);
            if (flag.isEmpty()) {
                problems.error(RulesMessages.MESSAGES, "knowledge.bad-boolean", row.at(column), column, value);
                return false;
            }
            return flag.get();
        }
    }
}
