package org.eit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.spi.EngineSettings;
import org.eit.rules.DroolsEngineFactory;
import org.eit.rules.spi.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule authors' guide lists every fact type of every stage ({@link Stage#factTypes()}) and every field a rule can
 * write after it ({@link FactProperties}), with its type, and nothing that is not there: a field renamed, a fact or a
 * stage added, and this test says which rows to write.
 */
class RulesGuideFactsTest {
    private static final Pattern HEADING = Pattern.compile("^#### (.+?) \\(([^:]+): (.+?)\\)(.*)$");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+?) \\|");

    /** One fact heading of the guide: its classes, stages and rows (field → type). */
    private record Entry(List<String> classes, List<String> stages, Map<String, String> rows, int line) {
    }

    private static List<Entry> entries(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                current = null;
                Matcher m = HEADING.matcher(line);
                if (m.matches()) {
                    List<String> classes = new ArrayList<>();
                    Matcher ticked = TICKED.matcher(m.group(3));
                    while (ticked.find()) {
                        classes.add(ticked.group(1));
                    }
                    current = new Entry(classes, List.of(m.group(2).split(",\\s*")), new LinkedHashMap<>(), i + 1);
                    entries.add(current);
                }
            } else if (current != null) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    current.rows().put(row.group(1), row.group(2).strip());
                }
            }
        }
        return entries;
    }

    private static Set<Stage> stages() {
        return DroolsEngineFactory.injector(List.of(), new EngineSettings(false, EngineSettings.DEFAULT_RULE_TIMEOUT))
                .getInstance(Key.get(new TypeLiteral<Set<Stage>>() { }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RULES.md", "RULES.fr.md"})
    void theGuideListsEveryFactAndFieldOfEveryStage(String guide) throws IOException, ClassNotFoundException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", guide));
        List<Entry> entries = entries(lines);
        List<String> missing = new ArrayList<>();
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Map<String, FactProperties.Member> members = new LinkedHashMap<>();
            for (String name : entry.classes()) {
                Class<?> type = Class.forName(name);
                entry.stages().forEach(s -> listed.computeIfAbsent(s, k -> new TreeSet<>()).add(name));
                FactProperties.of(type).forEach(m -> members.putIfAbsent(m.written(), m));
            }
            for (FactProperties.Member member : members.values()) {
                String type = entry.rows().get(member.written());
                if (type == null) {
                    missing.add(guide + ":" + entry.line() + " " + entry.classes() + ": | `" + member.written()
                            + "` | " + member.type().getSimpleName() + " | ... |");
                } else if (!type.equals(member.type().getSimpleName())) {
                    missing.add(guide + ":" + entry.line() + " " + entry.classes() + ": `" + member.written()
                            + "` is a " + member.type().getSimpleName() + ", not a " + type);
                }
            }
            for (String row : entry.rows().keySet()) {
                if (!members.containsKey(row)) {
                    missing.add(guide + ":" + entry.line() + " " + entry.classes() + ": no field `" + row
                            + "` any more: remove its row");
                }
            }
        }
        assertThat(missing).as("rows of the guide's fact tables").isEmpty();
        Map<String, Set<String>> facts = new LinkedHashMap<>();
        for (Stage stage : stages()) {
            // A stage without facts (the allocation, in Java) has no rules to write: no heading can list it.
            if (!stage.factTypes().isEmpty()) {
                facts.put(stage.name(), new TreeSet<>(stage.factTypes().stream().map(Class::getName).toList()));
            }
        }
        assertThat(listed).as("the facts of each stage, as the guide's headings give them "
                + "(#### `Name` (stage, stage: `full.Name`))").isEqualTo(facts);
        String common = String.join("\n", lines);
        Set<String> commonNames = new LinkedHashSet<>();
        PipelineEngine.COMMON_TYPES.forEach(t -> commonNames.add("`" + t.getSimpleName() + "`"));
        assertThat(commonNames).allSatisfy(name -> assertThat(common).contains(name));
    }
}
