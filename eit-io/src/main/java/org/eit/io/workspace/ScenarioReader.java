package org.eit.io.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eit.core.api.SourceFile;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.IoMessages;

/**
 * Reads a scenario file ({@code *.scenario.yaml}):
 *
 * <pre>
 * name: Sawdust goes to the boiler house next door      what the scenario checks (required)
 * description: ...                                      optional
 * territory: {language: en, parameters: {...}}          optional: the settings of territory.yaml (name defaults
 *                                                       to the scenario's)
 * actors: [...]                                         as in actors.csv, one object per actor
 * flows: [...]                                          as in flows.csv, one object per flow
 * rules: [mine.drl]                                     optional: rule files or folders, relative to the scenario;
 *                                                       by default the *.drl files beside it; [] for none
 * knowledge: [../knowledge/substitutions.csv]           optional: knowledge tables, named as the table they change
 * expect:    {synergies: [{rule: ..., actors: [A, B]}]}  what the diagnostic must hold, by its top-level names:
 *                                                       entries some element of a list matches, or checks of the
 *                                                       section ({count: 1, contains: [...]}, {chertow32Met: true})
 * expectNot: {synergies: [{rule: ...}]}                 what it must not
 * </pre>
 *
 * The territory is read as a workspace document is, with the same checks; every problem of the file, the
 * scenario's own included, is reported with its line and column. Duplicate keys and unknown fields are errors.
 */
public final class ScenarioReader {
    /** How scenario files are named. */
    public static final String SUFFIX = ".scenario.yaml";
    static final List<String> OWN_KEYS = List.of("name", "description", "territory", "rules", "knowledge",
            "expect", "expectNot");
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private final WorkspaceReader reader;
    private final ResourceTaxonomy taxonomy;

    /** A reader that resolves the flows' resources against {@code taxonomy} (the engine's). */
    public ScenarioReader(ResourceTaxonomy taxonomy) {
        this(taxonomy, ReadLimits.fromEnvironment());
    }

    public ScenarioReader(ResourceTaxonomy taxonomy, ReadLimits limits) {
        this.taxonomy = taxonomy;
        this.reader = new WorkspaceReader(taxonomy, limits);
    }

    /** Reads the scenario at {@code file}; never throws for what it holds (problems are in the scenario). */
    public Scenario read(Path file) {
        Problems problems = new Problems();
        String name = file.toString();
        String content = Files.isRegularFile(file) ? reader.text(file, name, problems) : null;
        if (content == null && !problems.hasErrors()) {
            problems.error(IoMessages.MESSAGES, "workspace.not-found", Location.of(name), "", null);
        }
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        return read(name, content, folder, problems);
    }

    /** Reads a scenario given as text; {@code folder} is where its rule and table paths start. */
    public Scenario read(String name, String content, Path folder) {
        return read(name, content, folder, new Problems());
    }

    private Scenario read(String file, String content, Path folder, Problems problems) {
        Node node = content == null ? null : Node.read(file, content, true, problems);
        if (!(node instanceof Node.MapNode root)) {
            if (node != null) {
                problems.error(IoMessages.MESSAGES, "document.expected-map", node.at(), "", null);
            }
            return new Scenario(file, null, null, new Workspace(file, null, taxonomy, problems.sorted(), List.of(),
                    List.of(), List.of()), List.of());
        }
        List<String> known = new ArrayList<>(OWN_KEYS);
        known.addAll(WorkspaceReader.DOCUMENT_DATA);
        for (String key : root.entries().keySet()) {
            if (!known.contains(key)) {
                problems.error(CoreMessages.MESSAGES, "field.unknown", root.keyAt(key), key, null,
                        String.join(", ", known));
            }
        }
        String name = text(root, "name", problems);
        if (name == null && !root.entries().containsKey("name")) {
            problems.error(CoreMessages.MESSAGES, "field.required", root.at(), "name", null);
        }
        String description = text(root, "description", problems);
        Node.MapNode settings = settings(root, name == null ? file : name, problems);
        List<SourceFile> rules = rules(root.entries().get("rules"), folder, problems);
        ResourceTaxonomy[] resources = {taxonomy};
        List<SourceFile> knowledge = knowledge(root.entries().get("knowledge"), folder, resources, problems);
        List<Scenario.Expectation> expectations = new ArrayList<>();
        expectations(root, "expect", false, expectations, problems);
        expectations(root, "expectNot", true, expectations, problems);
        if (expectations.isEmpty() && !problems.hasErrors()) {
            problems.error(IoMessages.MESSAGES, "scenario.no-expectation", root.at(), "expect", null);
        }
        Workspace workspace = reader.assemble(file, settings, root, List.of(), resources[0], problems, rules,
                knowledge);
        return new Scenario(file, name, description, workspace, expectations);
    }

    private static String text(Node.MapNode map, String key, Problems problems) {
        Node node = map.entries().get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof Node.Scalar scalar)) {
            problems.error(IoMessages.MESSAGES, "document.expected-value", node.at(), key, null);
            return null;
        }
        return scalar.text() == null || scalar.text().isBlank() ? null : scalar.text().strip();
    }

    /** The territory's settings: {@code territory}, named after the scenario unless it says otherwise. */
    private static Node.MapNode settings(Node.MapNode root, String name, Problems problems) {
        Node node = root.entries().get("territory");
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        Location at = root.at();
        if (node instanceof Node.MapNode map) {
            entries.putAll(map.entries());
            keys.putAll(map.keys());
            at = map.at();
        } else if (node != null && !(node instanceof Node.Scalar s && s.text() == null)) {
            problems.error(IoMessages.MESSAGES, "document.expected-map", node.at(), "territory", null);
        }
        entries.putIfAbsent("name", new Node.Scalar(name, at));
        return new Node.MapNode(entries, keys, at);
    }

    /** The paths of a list: scalars, each with where it is written. */
    private static List<Node.Scalar> paths(Node node, String key, Problems problems) {
        List<Node.Scalar> paths = new ArrayList<>();
        if (node instanceof Node.Scalar scalar && scalar.text() != null) {
            paths.add(scalar);
        } else if (node instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.Scalar scalar && scalar.text() != null) {
                    paths.add(scalar);
                } else {
                    problems.error(IoMessages.MESSAGES, "document.expected-value", item.at(), key, null);
                }
            }
        } else if (node != null && !(node instanceof Node.Scalar)) {
            problems.error(IoMessages.MESSAGES, "document.expected-list", node.at(), key, null);
        }
        return paths;
    }

    /** The rule files: those listed (files or folders), else the {@code *.drl} files beside the scenario. */
    private List<SourceFile> rules(Node node, Path folder, Problems problems) {
        List<Path> files = new ArrayList<>();
        if (node == null) {
            files.addAll(list(folder, ".drl", problems, Location.NOWHERE));
        }
        for (Node.Scalar path : paths(node, "rules", problems)) {
            files.addAll(resolve(folder, path, ".drl", "scenario.not-drl", problems));
        }
        List<SourceFile> rules = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            String content = reader.text(file, name, problems);
            if (content != null) {
                rules.add(new SourceFile(name, content));
            }
        }
        return rules;
    }

    /** The knowledge tables listed; a {@code resources.csv} among them changes the taxonomy the flows read. */
    private List<SourceFile> knowledge(Node node, Path folder, ResourceTaxonomy[] resources, Problems problems) {
        List<SourceFile> tables = new ArrayList<>();
        for (Node.Scalar path : paths(node, "knowledge", problems)) {
            for (Path file : resolve(folder, path, ".csv", "scenario.not-csv", problems)) {
                String name = file.toString();
                byte[] content = reader.bytes(file, name, problems);
                if (content == null) {
                    continue;
                }
                if (file.getFileName().toString().equals(ResourceTaxonomy.FILE)) {
                    resources[0] = resources[0].withOverrides(name, content, problems);
                } else {
                    tables.add(new SourceFile(name, org.eit.core.internal.text.TextDecoder.decode(name, content,
                            problems).text()));
                }
            }
        }
        return tables;
    }

    /** A path of the scenario: a file with the extension, or a folder of such files. */
    private static List<Path> resolve(Path folder, Node.Scalar path, String extension, String wrongExtension,
                                      Problems problems) {
        Path target = folder.resolve(path.text().strip()).normalize();
        if (Files.isDirectory(target)) {
            return list(target, extension, problems, path.at());
        }
        if (!Files.isRegularFile(target)) {
            problems.error(IoMessages.MESSAGES, "scenario.no-file", path.at(), "", path.text(), folder.toString()
                    .isEmpty() ? "." : folder.toString());
            return List.of();
        }
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            problems.error(IoMessages.MESSAGES, wrongExtension, path.at(), "", path.text());
            return List.of();
        }
        return List.of(target);
    }

    private static List<Path> list(Path folder, String extension, Problems problems, Location at) {
        Path where = folder.toString().isEmpty() ? Path.of(".") : folder;
        if (!Files.isDirectory(where)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(where)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                    .filter(Files::isRegularFile)
                    .map(p -> folder.toString().isEmpty() ? p.getFileName() : p)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(IoMessages.MESSAGES, "workspace.unreadable", at.file().isEmpty() ? Location.of(
                    where.toString()) : at, "", null, e.getMessage());
            return List.of();
        }
    }

    /** {@code expect} or {@code expectNot}: by section, one expectation per entry of a list, else one. */
    private static void expectations(Node.MapNode root, String key, boolean negated,
                                     List<Scenario.Expectation> out, Problems problems) {
        Node node = root.entries().get(key);
        if (node == null || node instanceof Node.Scalar s && s.text() == null) {
            return;
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.error(IoMessages.MESSAGES, "document.expected-map", node.at(), key, null);
            return;
        }
        for (Map.Entry<String, Node> section : map.entries().entrySet()) {
            if (section.getValue() instanceof Node.ListNode list) {
                for (Node item : list.items()) {
                    out.add(new Scenario.Expectation(item.at(), negated, section.getKey(), json(item), true));
                }
            } else if (section.getValue() instanceof Node.MapNode checks
                    && checks.entries().get("contains") instanceof Node.ListNode entries) {
                // {count: 2, contains: [...]}: each entry on its own, so that a failure shows its line and the
                // closest elements; the other checks together.
                for (Node item : entries.items()) {
                    out.add(new Scenario.Expectation(item.at(), negated, section.getKey(), json(item), true));
                }
                Map<String, Node> rest = new LinkedHashMap<>(checks.entries());
                rest.remove("contains");
                if (!rest.isEmpty()) {
                    out.add(new Scenario.Expectation(checks.at(), negated, section.getKey(),
                            json(new Node.MapNode(rest, checks.keys(), checks.at())), false));
                }
            } else {
                out.add(new Scenario.Expectation(section.getValue().at(), negated, section.getKey(),
                        json(section.getValue()), false));
            }
        }
    }

    /** The value as JSON: numbers keep the decimals written (they say how precisely to compare). */
    static JsonNode json(Node node) {
        if (node instanceof Node.MapNode map) {
            ObjectNode object = JSON.objectNode();
            map.entries().forEach((k, v) -> object.set(k, json(v)));
            return object;
        }
        if (node instanceof Node.ListNode list) {
            ArrayNode array = JSON.arrayNode();
            list.items().forEach(i -> array.add(json(i)));
            return array;
        }
        Node.Scalar scalar = (Node.Scalar) node;
        if (scalar.text() == null) {
            return JSON.nullNode();
        }
        if (scalar.number()) {
            try {
                return JSON.numberNode(new BigDecimal(scalar.text().replace("_", "")));
            } catch (NumberFormatException e) {
                return JSON.textNode(scalar.text());
            }
        }
        if (scalar.text().equals("true") || scalar.text().equals("false")) {
            return JSON.booleanNode(Boolean.parseBoolean(scalar.text()));
        }
        return JSON.textNode(scalar.text());
    }
}
