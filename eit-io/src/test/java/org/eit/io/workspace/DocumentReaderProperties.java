package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.testing.Examples;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * JSON and YAML documents read back value for value with their places; no text makes the document reader or the
 * workspace reader throw, and every problem names its file.
 */
class DocumentReaderProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final WorkspaceReader READER = new WorkspaceReader();

    /**
     * Trees up to 3 levels deep of lists and maps (up to 4 entries), texts with accents, tabs and line breaks, ints
     * and nulls.
     */
    static Gen<Object> trees() {
        Gen<Object> scalars = Gen.oneOf(
                Gen.strings(Gen.oneOf(Gen.chars(' ', '~'), Gen.charsOf("é€\n\t")), 0, 12),
                Gen.ints(),
                Gen.constant(null));
        return Gen.trees(scalars, DocumentReaderProperties::containers, 3)
                .withExamples(null, "", 0, new ArrayList<>(), new LinkedHashMap<>());
    }

    private static Gen<Object> containers(Gen<Object> inner) {
        Gen<Object> lists = inner.list(0, 4).map(l -> (Object) l);
        Gen<Object> maps = Gen.maps(Gen.strings(Gen.chars('a', 'z'), 1, 6), inner, 4).map(m -> (Object) m);
        return Gen.oneOf(lists, maps);
    }

    /** The plain value of a node, as Jackson would bind it (texts for scalars). */
    static Object plain(Node node) {
        if (node instanceof Node.Scalar s) {
            return s.text();
        }
        if (node instanceof Node.ListNode l) {
            List<Object> items = new ArrayList<>();
            l.items().forEach(i -> items.add(plain(i)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((Node.MapNode) node).entries().forEach((k, v) -> map.put(k, plain(v)));
        return map;
    }

    static Object asTexts(Object value) {
        if (value instanceof List<?> l) {
            List<Object> items = new ArrayList<>();
            l.forEach(i -> items.add(asTexts(i)));
            return items;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, v) -> map.put((String) k, asTexts(v)));
            return map;
        }
        return value == null ? null : value.toString();
    }

    @Test
    void aJsonDocumentReadsBackValueForValue() {
        Property.forAll(trees(), tree -> {
            Problems problems = new Problems();
            Node node = Node.read("d.json", JSON.writeValueAsString(tree), false, problems);
            assertThat(problems.isEmpty()).as("%s", problems.sorted()).isTrue();
            assertThat(plain(node)).isEqualTo(asTexts(tree));
        });
    }

    @Test
    void aYamlDocumentReadsBackValueForValue() {
        Property.forAll(trees(), tree -> {
            Problems problems = new Problems();
            Node node = Node.read("d.yaml", YAML.writeValueAsString(tree), true, problems);
            assertThat(problems.isEmpty()).as("%s", problems.sorted()).isTrue();
            assertThat(plain(node)).isEqualTo(asTexts(tree));
        });
    }

    @Test
    void anyTextGivesANodeOrProblemsButNeverAnException() {
        Gen<String> documentLike = Gen.oneOf(Gen.strings(Gen.anyChar(), 0, 40),
                Gen.strings(Gen.charsOf("{}[]:,\"'-&*!|> \n\ta1#"), 0, 40))
                .withExamples("", "-", "---", "{", "[", "\"", "&a *a", "!!binary", "\u0000");
        Property.forAll(300, documentLike, Gen.booleans().withExamples(false, true), (text, yaml) -> {
            Problems problems = new Problems();
            Node.read("d", text, yaml, problems);
            problems.sorted().forEach(p -> assertThat(p.file()).isEqualTo("d"));
        });
    }

    @Test
    void anyFlowsFileGivesAWorkspaceWithProblemsNamingTheirFileNeverAnException() {
        Property.forAll(50, Gen.bytes(Gen.ANY_LENGTH).withExamples(Examples.awkwardBytes()), flows -> {
            Path dir = Files.createTempDirectory("eit-property");
            try {
                Files.writeString(dir.resolve("territory.yaml"), "name: T\n");
                Files.writeString(dir.resolve("actors.csv"), "id,name,kind\nA1,Sawmill,company\n",
                        StandardCharsets.UTF_8);
                Files.write(dir.resolve("flows.csv"), flows);
                Workspace w = READER.read(dir);
                for (Problem p : w.problems()) {
                    assertThat(p.file()).isNotEmpty();
                    assertThat(p.toString()).doesNotContain("\u0000", "\uFFFD");
                }
            } finally {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        });
    }
}
