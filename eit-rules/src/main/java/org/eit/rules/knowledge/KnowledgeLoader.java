package org.eit.rules.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.text.Flags;
import org.eit.core.internal.text.Numbers;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.RulesMessages;

/**
 * Reads every registered knowledge table: the shipped rows, then the plugins' rows, then a territory's
 * {@code knowledge/} files. A row whose key is already there replaces it, a new key adds a row, and a row with
 * {@code active} set to false removes the key. Every problem of every table is reported with file and line.
 */
public final class KnowledgeLoader {
    private final List<KnowledgeTable<?>> tables;
    private final List<KnowledgeRows> pluginRows;

    public KnowledgeLoader(List<KnowledgeTable<?>> tables, List<KnowledgeRows> pluginRows) {
        this.tables = tables.stream().sorted(Comparator.comparing(KnowledgeTable::file)).toList();
        this.pluginRows = List.copyOf(pluginRows);
    }

    /** The names of the registered tables, sorted. */
    public List<String> tableNames() {
        return tables.stream().map(KnowledgeTable::file).toList();
    }

    public Knowledge load(ResourceTaxonomy taxonomy, List<SourceFile> overrides, Problems problems) {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        for (SourceFile file : overrides) {
            if (!tableNames().contains(file.baseName())) {
                problems.warning(RulesMessages.MESSAGES, "knowledge.unknown-table", Location.of(file.name()), "",
                        null, String.join(", ", tableNames()));
            } else {
                byName.put(file.baseName(), file);
            }
        }
        Map<String, List<?>> rows = new LinkedHashMap<>();
        for (KnowledgeTable<?> table : tables) {
            rows.put(table.file(), load(table, taxonomy, byName.get(table.file()), problems));
        }
        Knowledge knowledge = new Knowledge(rows);
        for (KnowledgeTable<?> table : tables) {
            checkAcross(table, knowledge, problems);
        }
        return knowledge;
    }

    private static <T> void checkAcross(KnowledgeTable<T> table, Knowledge knowledge, Problems problems) {
        table.checkAcross(knowledge.rows(table), knowledge, problems);
    }

    private <T> List<T> load(KnowledgeTable<T> table, ResourceTaxonomy taxonomy, SourceFile override,
                             Problems problems) {
        Map<String, T> rows = new LinkedHashMap<>();
        read(table, table.file(), table.shipped(), taxonomy, rows, problems);
        for (KnowledgeRows extra : pluginRows) {
            if (extra.table().equals(table.file())) {
                read(table, extra.rows().name(), extra.rows().content().getBytes(StandardCharsets.UTF_8), taxonomy,
                        rows, problems);
            }
        }
        if (override != null) {
            read(table, override.name(), override.content().getBytes(StandardCharsets.UTF_8), taxonomy, rows,
                    problems);
        }
        List<T> result = new ArrayList<>(rows.values());
        table.check(result, taxonomy, problems);
        return result;
    }

    /**
     * The decimal mark of each column, decided from all its values (then from the file's other columns), so that
     * {@code 1.250} reads as the rest of its column writes numbers, not cell by cell.
     */
    static Map<String, Numbers.Mark> marks(CsvTable csv) {
        Map<String, Numbers.Tally> tallies = new LinkedHashMap<>();
        Numbers.Tally file = new Numbers.Tally();
        for (String column : csv.header()) {
            String key = CsvTable.columnKey(column);
            Numbers.Tally tally = new Numbers.Tally();
            csv.rows().forEach(row -> tally.add(row.get(key).orElse(null)));
            tallies.put(key, tally);
            file.add(tally);
        }
        Map<String, Numbers.Mark> marks = new LinkedHashMap<>();
        tallies.forEach((column, tally) -> {
            Numbers.Mark mark = tally.decided() != null ? tally.decided() : file.decided();
            if (mark != null) {
                marks.put(column, mark);
            }
        });
        return marks;
    }

    private static <T> void read(KnowledgeTable<T> table, String file, byte[] content, ResourceTaxonomy taxonomy,
                                 Map<String, T> rows, Problems problems) {
        CsvTable csv = CsvTable.read(file, content, problems);
        Map<String, Numbers.Mark> marks = marks(csv);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (CsvTable.Row row : csv.rows()) {
            RowReader reader = new RowReader(row, file, taxonomy, problems, marks);
            Optional<T> value = table.read(reader);
            if (value.isEmpty() || !reader.valid()) {
                continue;
            }
            String key = table.key(value.get());
            if (seen.containsKey(key)) {
                problems.error(RulesMessages.MESSAGES, "knowledge.duplicate-row", row.at(), "key", key, seen.get(key));
                continue;
            }
            seen.put(key, row.line());
            if (Flags.parse(row.getOrEmpty("active")).orElse(true)) {
                rows.put(key, value.get());
            } else {
                rows.remove(key);
            }
        }
    }
}
