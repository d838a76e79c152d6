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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;

/**
 * JSON and YAML documents read back value for value with their places; no text makes the document reader or the
 * workspace reader throw, and every problem names its file.
 */
class DocumentReaderProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final WorkspaceReader READER = new WorkspaceReader();

    @Provide
    Arbitrary<Object> trees() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').withChars('é', '€', '\n', '\t').ofMaxLength(12)
                        .map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> scalars, this::containers, 0, 3);
    }

    private Arbitrary<Object> containers(Arbitrary<Object> inner) {
        Arbitrary<Object> lists = inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> maps = Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
                .ofMaxLength(6), inner).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(lists, maps);
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

    @Property
    void aJsonDocumentReadsBackValueForValue(@ForAll("trees") Object tree) throws Exception {
        Problems problems = new Problems();
        Node node = Node.read("d.json", JSON.writeValueAsString(tree), false, problems);
        assertThat(problems.isEmpty()).as("%s", problems.sorted()).isTrue();
        assertThat(plain(node)).isEqualTo(asTexts(tree));
    }

    @Property
    void aYamlDocumentReadsBackValueForValue(@ForAll("trees") Object tree) throws Exception {
        Problems problems = new Problems();
        Node node = Node.read("d.yaml", YAML.writeValueAsString(tree), true, problems);
        assertThat(problems.isEmpty()).as("%s", problems.sorted()).isTrue();
        assertThat(plain(node)).isEqualTo(asTexts(tree));
    }

    @Property(tries = 300)
    void anyTextGivesANodeOrProblemsButNeverAnException(@ForAll("documentLike") String text,
                                                         @ForAll boolean yaml) {
        Problems problems = new Problems();
        Node.read("d", text, yaml, problems);
        problems.sorted().forEach(p -> assertThat(p.file()).isEqualTo("d"));
    }

    @Provide
    Arbitrary<String> documentLike() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("{}[]:,\"'-&*!|> \n\ta1#").ofMaxLength(40));
    }

    @Property(tries = 50)
    void anyFlowsFileGivesAWorkspaceWithProblemsNamingTheirFileNeverAnException(@ForAll byte[] flows)
            throws Exception {
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
    }
}
