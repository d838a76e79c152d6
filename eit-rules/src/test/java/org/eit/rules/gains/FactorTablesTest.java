package org.eit.rules.gains;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.unit.Unit;
import org.eit.core.unit.Units;
import org.junit.jupiter.api.Test;

/**
 * The factor and price tables of {@code org/eit/rules/gains/}: every resource exists, every unit is known and fits
 * the resource's default unit, low &lt;= central &lt;= high, every row says where it comes from and when, no key
 * twice. What the tables hold and where each number comes from: docs/FACTORS.md.
 */
class FactorTablesTest {
    private static final ResourceTaxonomy TAXONOMY = ResourceTaxonomy.shipped();
    private static final Set<String> ROUTES = Set.of("landfill", "incineration", "recycling", "composting",
            "methanisation", "spreading", "virgin", "combustion", "production");
    private static final Set<String> MODES = Set.of("truck", "ship", "local");
    private static final Set<String> DIMENSIONS = Set.of("mass", "volume");
    private static final Set<String> MEDIA = Set.of("heat", "steam", "water", "gas");
    /** Themes whose row waits, commented out in pooling-themes.csv, for the rule that reads its {@code buyers}. */
    private static final Set<String> PENDING_THEMES = Set.of("group-energy-purchasing-public");

    /** "file:line column" for assertion messages. */
    private static String where(CsvTable.Row row, String column) {
        return row.at(column.isEmpty() ? "source" : column).toString() + (column.isEmpty() ? "" : " " + column);
    }

    private static CsvTable table(String file) throws IOException {
        try (InputStream in = FactorTablesTest.class.getResourceAsStream("/org/eit/rules/" + file)) {
            assertThat(in).as(file).isNotNull();
            Problems problems = new Problems();
            CsvTable csv = CsvTable.read(file, in.readAllBytes(), problems);
            assertThat(problems.isEmpty()).as(file + ": " + problems.sorted()).isTrue();
            assertThat(csv.rows()).as(file).isNotEmpty();
            return csv;
        }
    }

    /** The number in {@code column}, empty when the cell is. Decimal point only. */
    private static Optional<Double> number(CsvTable.Row row, String column) {
        String text = row.getOrEmpty(column).trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        assertThat(text).as(where(row, column) + " " + column).matches("-?[0-9]+(\\.[0-9]+)?");
        return Optional.of(Double.parseDouble(text));
    }

    /** low &lt;= central &lt;= high wherever they are given; a range without a central value is refused. */
    private static void ordered(CsvTable.Row row, String central, String low, String high) {
        Optional<Double> c = number(row, central);
        Optional<Double> l = number(row, low);
        Optional<Double> h = number(row, high);
        if (c.isEmpty()) {
            assertThat(l.isPresent() || h.isPresent()).as(where(row, central) + ": a range needs its central value")
                    .isFalse();
            return;
        }
        l.ifPresent(v -> assertThat(v).as(where(row, low) + " " + low).isLessThanOrEqualTo(c.get()));
        h.ifPresent(v -> assertThat(v).as(where(row, high) + " " + high).isGreaterThanOrEqualTo(c.get()));
    }

    private static void sourced(CsvTable.Row row) {
        assertThat(row.getOrEmpty("source")).as(where(row, "source") + " source").isNotBlank();
        assertThat(row.getOrEmpty("year")).as(where(row, "year") + " year").matches("(19|20)[0-9]{2}");
    }

    private static Resource resource(CsvTable.Row row) {
        String id = row.getOrEmpty("resource");
        assertThat(TAXONOMY.contains(id)).as(where(row, "resource") + " resource '" + id + "'").isTrue();
        return TAXONOMY.get(id);
    }

    /** The unit of the row is known and measures what the resource's default unit measures. */
    private static void fits(CsvTable.Row row, Resource resource) {
        Optional<Unit> unit = Units.find(row.getOrEmpty("unit"));
        assertThat(unit).as(where(row, "unit") + " unit '" + row.getOrEmpty("unit") + "'").isPresent();
        assertThat(unit.get().isCompatibleWith(resource.defaultUnit()))
                .as(where(row, "unit") + " " + unit.get() + " for " + resource.id() + " in " + resource.defaultUnit())
                .isTrue();
    }

    private static void unique(List<String> keys, String file) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        keys.forEach(key -> {
            if (!seen.add(key)) {
                twice.add(key);
            }
        });
        assertThat(twice).as(file + ": keys given twice").isEmpty();
    }

    @Test
    void pricesNameResourcesInTheirUnitsWithOrderedRangesAndSources() throws IOException {
        CsvTable csv = table("gains/prices.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            Resource resource = resource(row);
            fits(row, resource);
            ordered(row, "price_eur", "price_low_eur", "price_high_eur");
            ordered(row, "disposal_eur", "disposal_low_eur", "disposal_high_eur");
            assertThat(number(row, "price_eur").isPresent() || number(row, "disposal_eur").isPresent())
                    .as(where(row, "") + " a price or a disposal cost").isTrue();
            sourced(row);
            keys.add(resource.id());
        }
        unique(keys, "prices.csv");
    }

    @Test
    void disposalRoutesGiveGateFeesAndTaxes() throws IOException {
        CsvTable csv = table("gains/disposal-routes.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            assertThat(row.getOrEmpty("route")).as(where(row, "route")).isIn(ROUTES);
            assertThat(Units.find(row.getOrEmpty("unit"))).as(where(row, "unit")).isPresent();
            ordered(row, "gate_fee_eur", "gate_fee_low_eur", "gate_fee_high_eur");
            ordered(row, "tax_eur", "tax_low_eur", "tax_high_eur");
            sourced(row);
            keys.add(row.getOrEmpty("route"));
        }
        unique(keys, "disposal-routes.csv");
    }

    @Test
    void transportRowsByModeAndDimension() throws IOException {
        CsvTable csv = table("gains/transport.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            assertThat(row.getOrEmpty("mode")).as(where(row, "mode")).isIn(MODES);
            assertThat(row.getOrEmpty("dimension")).as(where(row, "dimension")).isIn(DIMENSIONS);
            ordered(row, "cost_eur_per_unit_km", "cost_low", "cost_high");
            ordered(row, "kgco2e_per_unit_km", "kgco2e_low", "kgco2e_high");
            assertThat(number(row, "cost_eur_per_unit_km").isPresent()
                    || number(row, "kgco2e_per_unit_km").isPresent()).as(where(row, "") + " a cost or a factor").isTrue();
            sourced(row);
            keys.add(row.getOrEmpty("mode") + "/" + row.getOrEmpty("dimension"));
        }
        unique(keys, "transport.csv");
    }

    @Test
    void pipeCostsByMedium() throws IOException {
        CsvTable csv = table("gains/pipes.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            assertThat(row.getOrEmpty("medium")).as(where(row, "medium")).isIn(MEDIA);
            ordered(row, "cost_eur_per_m", "cost_low", "cost_high");
            sourced(row);
            keys.add(row.getOrEmpty("medium"));
        }
        unique(keys, "pipes.csv");
    }

    @Test
    void emissionFactorsByResourceAndRoute() throws IOException {
        CsvTable csv = table("gains/emission-factors.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            Resource resource = resource(row);
            fits(row, resource);
            assertThat(row.getOrEmpty("route")).as(where(row, "route")).isIn(ROUTES);
            assertThat(number(row, "kgco2e_per_unit")).as(where(row, "kgco2e_per_unit")).isPresent();
            ordered(row, "kgco2e_per_unit", "kgco2e_low", "kgco2e_high");
            String id = row.getOrEmpty("source_id");
            assertThat(id).as(where(row, "source_id") + " a Base Carbone identifier is a number").matches("[0-9]*");
            sourced(row);
            keys.add(resource.id() + "/" + row.getOrEmpty("route"));
        }
        unique(keys, "emission-factors.csv");
    }

    @Test
    void jobsPerQuantityTreated() throws IOException {
        CsvTable csv = table("gains/jobs.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            assertThat(row.getOrEmpty("route")).as(where(row, "route")).isNotBlank();
            assertThat(Units.find(row.getOrEmpty("unit"))).as(where(row, "unit")).isPresent();
            assertThat(number(row, "fte_per_unit")).as(where(row, "fte_per_unit")).isPresent();
            ordered(row, "fte_per_unit", "fte_low", "fte_high");
            sourced(row);
            keys.add(row.getOrEmpty("route"));
        }
        unique(keys, "jobs.csv");
    }

    @Test
    void poolingSavingsNameThemesOfTheThemeTable() throws IOException {
        Set<String> themes = new HashSet<>(PENDING_THEMES);
        table("detection/pooling-themes.csv").rows().forEach(row -> themes.add(row.getOrEmpty("id")));
        CsvTable csv = table("gains/pooling-savings.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            assertThat(row.getOrEmpty("theme")).as(where(row, "theme")).isIn(themes);
            Optional<Double> saving = number(row, "saving_pct");
            assertThat(saving).as(where(row, "saving_pct")).isPresent();
            assertThat(saving.get()).as(where(row, "saving_pct")).isBetween(0.0, 100.0);
            ordered(row, "saving_pct", "saving_low_pct", "saving_high_pct");
            sourced(row);
            keys.add(row.getOrEmpty("theme"));
        }
        unique(keys, "pooling-savings.csv");
    }

    @Test
    void preparationCostsGiveAnOrderedCostPerUnitWithItsSource() throws IOException {
        CsvTable csv = table("gains/preparation-costs.csv");
        List<String> keys = new ArrayList<>();
        for (CsvTable.Row row : csv.rows()) {
            String id = row.getOrEmpty("operation");
            assertThat(id).as(where(row, "operation")).matches("[a-z0-9]+(-[a-z0-9]+)*").isNotIn("none", "other");
            assertThat(row.getOrEmpty("label_fr")).as(where(row, "label_fr")).isNotBlank();
            assertThat(row.getOrEmpty("label_en")).as(where(row, "label_en")).isNotBlank();
            assertThat(Units.find(row.getOrEmpty("unit"))).as(where(row, "unit")).isPresent();
            assertThat(number(row, "cost_eur")).as(where(row, "cost_eur")).isPresent();
            ordered(row, "cost_eur", "cost_low_eur", "cost_high_eur");
            sourced(row);
            keys.add(id);
        }
        unique(keys, "preparation-costs.csv");
    }

    @Test
    void everyOperationASubstitutionRowNamesHasItsCost() throws IOException {
        Set<String> operations = new HashSet<>();
        table("gains/preparation-costs.csv").rows().forEach(row -> operations.add(row.getOrEmpty("operation")));
        int named = 0;
        for (CsvTable.Row row : table("compatibility/substitutions.csv").rows()) {
            String cell = row.getOrEmpty("preparation_ops").trim();
            if (cell.isEmpty() || cell.equals("none")) {
                continue;
            }
            for (String op : cell.split(";")) {
                if (!op.trim().equals("other")) {
                    assertThat(op.trim()).as(where(row, "preparation_ops")).isIn(operations);
                    named++;
                }
            }
        }
        assertThat(named).as("substitution rows naming a costed operation").isGreaterThan(0);
    }
}
