package org.eit.samples.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.table.ShippedFiles;

/**
 * The kinds of actors the generator draws and the flows each typically has, read from {@code archetypes.csv} and
 * {@code archetype-flows.csv} next to this class: plain tables a practitioner can adjust.
 */
final class Archetypes {
    record Archetype(String id, String name, String kind, String activity, double weight, int employeesMin,
                     int employeesMax, String place, List<FlowProfile> flows) {
    }

    record FlowProfile(String direction, String resource, double quantity, double spread, String unit,
                       String period, double probability, Double temperatureC) {
    }

    private Archetypes() {
    }

    static List<Archetype> load() {
        Map<String, List<FlowProfile>> flows = new LinkedHashMap<>();
        for (CsvTable.Row row : table("archetype-flows.csv").rows()) {
            flows.computeIfAbsent(row.getOrEmpty("archetype"), a -> new ArrayList<>()).add(new FlowProfile(
                    row.getOrEmpty("direction"), row.getOrEmpty("resource"), number(row, "quantity"),
                    number(row, "spread"), row.getOrEmpty("unit"), row.getOrEmpty("period"),
                    number(row, "probability"),
                    row.get("temperature_c").map(Double::parseDouble).orElse(null)));
        }
        List<Archetype> archetypes = new ArrayList<>();
        for (CsvTable.Row row : table("archetypes.csv").rows()) {
            String id = row.getOrEmpty("archetype");
            archetypes.add(new Archetype(id, row.getOrEmpty("name_en"), row.getOrEmpty("kind"),
                    row.getOrEmpty("activity"), number(row, "weight"), (int) number(row, "employees_min"),
                    (int) number(row, "employees_max"), row.getOrEmpty("place"), flows.getOrDefault(id, List.of())));
        }
        if (!flows.keySet().stream().allMatch(a -> archetypes.stream().anyMatch(x -> x.id().equals(a)))) {
            throw new IllegalStateException("archetype-flows.csv names an archetype archetypes.csv does not have");
        }
        return archetypes;
    }

    private static double number(CsvTable.Row row, String column) {
        return Double.parseDouble(row.getOrEmpty(column));
    }

    private static CsvTable table(String name) {
        return ShippedFiles.table(Archetypes.class, "/org/eit/samples/synthetic/" + name);
    }
}
