package org.eit.io.workspace;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eit.core.api.SourceFile;
import org.eit.core.internal.activity.ActivityProfiles;
import org.eit.core.internal.activity.Estimation;
import org.eit.core.internal.resource.ResourceResolver;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.text.Numbers;
import org.eit.core.internal.text.TextDecoder;
import org.eit.core.model.Actor;
import org.eit.core.model.Flow;
import org.eit.core.model.Observation;
import org.eit.core.model.Territory;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.IoMessages;

/**
 * Reads a territory workspace, either a folder a study lead fills with a spreadsheet tool:
 *
 * <pre>
 * territory.yaml    name, language, currency, parameter overrides
 * actors.csv        id, name, kind, activity, employees, latitude, longitude, zone
 * flows.csv         id, actor, direction, resource, description, quantity, unit, period, temperature_c,
 *                   cost_eur_per_unit, source, notes (and optionally confidence, waste_code)
 * rules/*.drl       extra rules (optional)
 * knowledge/*.csv   overrides of the shipped knowledge tables, resources.csv included (optional)
 * </pre>
 *
 * or one JSON or YAML document with the settings at the top and {@code actors} and {@code flows} arrays whose
 * objects have the CSV's columns as fields. Both are validated the same way, and every problem is reported.
 * Stateless and thread-safe.
 */
public final class WorkspaceReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkspaceReader.class);
    public static final String SETTINGS_FILE = "territory.yaml";
    public static final String ACTORS_FILE = "actors.csv";
    public static final String FLOWS_FILE = "flows.csv";
    /** What interviews and meetings revealed: optional. */
    public static final String OBSERVATIONS_FILE = "observations.csv";
    public static final String RULES_FOLDER = "rules";
    public static final String KNOWLEDGE_FOLDER = "knowledge";

    /** How a file's bytes are read; tests replace it to simulate failures. */
    @FunctionalInterface
    interface FileBytes {
        byte[] read(Path path) throws IOException;
    }

    private final ResourceTaxonomy shippedTaxonomy;
    private final ReadLimits limits;
    private final FileBytes fileBytes;
    /** Whether the territory will be completed by activity profiles (then it may have no flow yet). */
    private final boolean estimation;

    /** A reader with the shipped taxonomy and the limits of {@link ReadLimits#fromEnvironment()}. */
    @Inject
    public WorkspaceReader(ResourceTaxonomy shippedTaxonomy) {
        this(shippedTaxonomy, ReadLimits.fromEnvironment());
    }

    public WorkspaceReader(ResourceTaxonomy shippedTaxonomy, ReadLimits limits) {
        this(shippedTaxonomy, limits, Files::readAllBytes);
    }

    WorkspaceReader(ResourceTaxonomy shippedTaxonomy, ReadLimits limits, FileBytes fileBytes) {
        this(shippedTaxonomy, limits, fileBytes, false);
    }

    private WorkspaceReader(ResourceTaxonomy shippedTaxonomy, ReadLimits limits, FileBytes fileBytes,
                            boolean estimation) {
        this.shippedTaxonomy = shippedTaxonomy;
        this.limits = limits;
        this.fileBytes = fileBytes;
        this.estimation = estimation;
    }

    /**
     * The same reader for a territory that activity profiles will complete ({@code analyze --estimate}): a
     * {@code flows.csv} with its header only is then a warning, not an error, as it is when the territory's
     * {@code estimation.enabled} parameter is true.
     */
    public WorkspaceReader estimating() {
        return new WorkspaceReader(shippedTaxonomy, limits, fileBytes, true);
    }

    public WorkspaceReader() {
        this(ResourceTaxonomy.shipped());
    }

    /** The limits this reader applies. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads the workspace folder or the single JSON/YAML document at {@code path}. Never throws for what the files
     * hold: every problem, running out of memory on a huge file included, is in the workspace's problems, with the
     * file named. The files are only read, never changed.
     */
    public Workspace read(Path path) {
        Reading reading = new Reading();
        try {
            long start = System.nanoTime();
            Workspace workspace = read(path, reading);
            LOG.info("workspace read in {} ms", (System.nanoTime() - start) / 1_000_000);
            return workspace;
        } catch (OutOfMemoryError e) {
            // What was allocated for the file is unreachable by now: there is room again to say what happened.
            Problems problems = new Problems();
            problems.error(IoMessages.MESSAGES, "workspace.out-of-memory", Location.of(reading.file), "", null,
                    Runtime.getRuntime().maxMemory() >> 20);
            return new Workspace(path.toString(), null, shippedTaxonomy, problems.sorted(), List.of(), List.of(),
                    List.of());
        }
    }

    /**
     * The language a workspace folder or document declares in its settings ({@code language: fr}), read leniently
     * whatever else is wrong with it, so that its reports are in its language even when its data is invalid; empty
     * when it declares none that eit speaks, or cannot be read.
     */
    public java.util.Optional<org.eit.core.model.Language> declaredLanguage(Path path) {
        Path settings = path;
        if (Files.isDirectory(path)) {
            settings = Files.exists(path.resolve(SETTINGS_FILE)) || !Files.exists(path.resolve("territory.yml"))
                    ? path.resolve(SETTINGS_FILE) : path.resolve("territory.yml");
        }
        if (!Files.isRegularFile(settings) || settings.getFileName() == null) {
            return java.util.Optional.empty();
        }
        String name = settings.getFileName().toString();
        Problems ignored = new Problems();
        String text = text(settings, name, ignored);
        Node node = text == null ? null : Node.read(name, text, !name.toLowerCase(Locale.ROOT).endsWith(".json"),
                ignored);
        if (node instanceof Node.MapNode map && map.entries().get("language") instanceof Node.Scalar scalar) {
            return org.eit.core.model.Language.parse(scalar.text());
        }
        return java.util.Optional.empty();
    }

    /** The file being read, for a message if memory runs out. */
    private static final class Reading {
        String file = "";
        /** Per file, the columns headed by an alias (a French name): field to the header as written. */
        final Map<String, Map<String, String>> aliased = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private Workspace read(Path path, Reading reading) {
        String source = path.toString();
        if (Files.isDirectory(path)) {
            return readFolder(path, source, reading);
        }
        Problems problems = new Problems();
        reading.file = path.getFileName() == null ? source : path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            problems.error(IoMessages.MESSAGES, "workspace.not-found", Location.of(path.toString()), "", null);
            return new Workspace(source, null, shippedTaxonomy, problems.sorted(), List.of(), List.of(), List.of());
        }
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".json") && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            problems.error(IoMessages.MESSAGES, "workspace.bad-document", Location.of(name), "", null);
            return new Workspace(source, null, shippedTaxonomy, problems.sorted(), List.of(), List.of(), List.of());
        }
        return readDocument(source, name, text(path, name, problems), !lower.endsWith(".json"),
                problems);
    }

    /**
     * Reads a single document given as bytes, in any encoding {@link TextDecoder} reads; {@code name} is the file
     * name shown in problems, and its extension says JSON or YAML.
     */
    public Workspace readDocument(String name, byte[] content) {
        Problems problems = new Problems();
        String text = content.length > limits.maxFileBytes() ? null : TextDecoder.decode(name, content, problems).text();
        if (text == null) {
            problems.error(IoMessages.MESSAGES, "workspace.too-large", Location.of(name), "", null,
                    content.length, limits.maxFileBytes());
        }
        return readDocument(name, name, text, !name.toLowerCase(Locale.ROOT).endsWith(".json"), problems);
    }

    /** Reads a single document given as text; {@code name} is the file name shown in problems. */
    public Workspace readDocument(String name, String content, boolean yaml) {
        return readDocument(name, name, content, yaml, new Problems());
    }

    private Workspace readDocument(String source, String name, String content, boolean yaml, Problems problems) {
        Node root = content == null ? null : Node.read(name, content, yaml, problems);
        if (root != null && !(root instanceof Node.MapNode)) {
            problems.error(IoMessages.MESSAGES, "document.expected-map", root.at(), "", null);
        } else if (root instanceof Node.MapNode map) {
            return assemble(source, map, map, DOCUMENT_DATA, shippedTaxonomy, problems, List.of(), List.of());
        }
        return new Workspace(source, null, shippedTaxonomy, problems.sorted(), List.of(), List.of(), List.of());
    }

    /** The keys of a territory document that hold its data rather than its settings. */
    static final List<String> DOCUMENT_DATA = List.of("actors", "flows", "observations");

    /**
     * A territory from a document: its settings from {@code settings} (which may hold {@code otherKeys} besides),
     * its actors and flows from {@code data}. Scenario files keep their settings apart from their data.
     */
    Workspace assemble(String source, Node.MapNode settings, Node.MapNode data, List<String> otherKeys,
                       ResourceTaxonomy taxonomy, Problems problems, List<SourceFile> rules,
                       List<SourceFile> knowledge) {
        TerritoryAssembler assembler = new TerritoryAssembler(new ResourceResolver(taxonomy), problems);
        TerritoryAssembler.Settings read = assembler.settings(settings, otherKeys);
        List<Actor> actors = assembler.actors(records(data, "actors", TerritoryAssembler.ACTOR_FIELDS, problems));
        boolean estimating = estimation || Estimation.enabled(read.parameters());
        List<Flow> flows = assembler.flows(records(data, "flows", TerritoryAssembler.FLOW_FIELDS, problems,
                estimating), byId(actors));
        List<Observation> observations = data.entries().containsKey("observations")
                ? assembler.observations(records(data, "observations", TerritoryAssembler.OBSERVATION_FIELDS,
                problems), byId(actors)) : List.of();
        Territory territory = assembler.territory(read, actors, flows, observations);
        return new Workspace(source, problems.hasErrors() ? null : territory, taxonomy, problems.sorted(),
                assembler.classifications(), rules, knowledge);
    }

    /** The objects of the array {@code key} as raw records; unknown fields are errors (typos in a document). */
    private List<RawRecord> records(Node.MapNode root, String key, List<String> fields, Problems problems) {
        return records(root, key, fields, problems, false);
    }

    /** {@code emptyAllowed}: an empty list is a warning (flows a territory's activity profiles will estimate). */
    private List<RawRecord> records(Node.MapNode root, String key, List<String> fields, Problems problems,
                                    boolean emptyAllowed) {
        Node node = root.entries().get(key);
        List<RawRecord> records = new ArrayList<>();
        if (node == null) {
            problems.error(CoreMessages.MESSAGES, "field.required", root.at(), key, null);
            return records;
        }
        if (!(node instanceof Node.ListNode list)) {
            problems.error(IoMessages.MESSAGES, "document.expected-list", node.at(), key, null);
            return records;
        }
        if (list.items().isEmpty()) {
            if (emptyAllowed) {
                problems.warning(IoMessages.MESSAGES, "workspace.no-flows-estimating", node.at(), key, null);
            } else {
                problems.error(IoMessages.MESSAGES, "document.no-items", node.at(), key, null);
            }
            return records;
        }
        if (list.items().size() > limits.maxRows()) {
            problems.error(IoMessages.MESSAGES, "document.too-many-items", node.at(), key, null, limits.maxRows());
            return records;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String path = key + "[" + i + "]";
            if (!(item instanceof Node.MapNode object)) {
                problems.error(IoMessages.MESSAGES, "document.expected-map", item.at(), path, null);
                continue;
            }
            Map<String, RawRecord.Value> values = new LinkedHashMap<>();
            for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
                String field = CsvTable.columnKey(entry.getKey());
                if (!fields.contains(field)) {
                    problems.error(CoreMessages.MESSAGES, "field.unknown", object.keyAt(entry.getKey()), path + "." + entry.getKey(), null,
                            String.join(", ", fields));
                } else if (entry.getValue() instanceof Node.Scalar scalar) {
                    if (scalar.text() != null) {
                        values.put(field, new RawRecord.Value(scalar.text(), scalar.at(), scalar.number()));
                    }
                } else {
                    problems.error(IoMessages.MESSAGES, "document.expected-value", entry.getValue().at(), path + "." + entry.getKey(),
                            null);
                }
            }
            records.add(new RawRecord(object.at(), values, RawRecord.NumberColumns.NONE));
        }
        RawRecord.NumberColumns numbers = RawRecord.NumberColumns.decide(records, TerritoryAssembler.NUMBER_FIELDS,
                Numbers.Mark.POINT);
        return records.stream().map(r -> r.with(numbers)).toList();
    }

    private Workspace readFolder(Path root, String source, Reading reading) {
        Problems problems = new Problems();
        ResourceTaxonomy taxonomy = shippedTaxonomy;
        List<SourceFile> knowledge = new ArrayList<>();
        for (Path file : list(root.resolve(KNOWLEDGE_FOLDER), ".csv", problems)) {
            String name = KNOWLEDGE_FOLDER + "/" + file.getFileName();
            reading.file = name;
            byte[] content = bytes(file, name, problems);
            if (content == null) {
                continue;
            }
            if (file.getFileName().toString().equals(ResourceTaxonomy.FILE)) {
                taxonomy = taxonomy.withOverrides(name, content, problems);
            } else {
                knowledge.add(new SourceFile(name, TextDecoder.decode(name, content, problems).text()));
            }
        }
        // The activity profiles are read here, not by the engine: checked now against the workspace's taxonomy, so
        // that validate reports their problems with file and line.
        for (SourceFile file : knowledge) {
            if (file.baseName().equals(ActivityProfiles.FILE)) {
                ActivityProfiles.load(taxonomy, file.name(), file.content(), problems);
            }
        }
        List<SourceFile> rules = new ArrayList<>();
        for (Path file : list(root.resolve(RULES_FOLDER), ".drl", problems)) {
            String name = RULES_FOLDER + "/" + file.getFileName();
            reading.file = name;
            String content = text(file, name, problems);
            if (content != null) {
                rules.add(new SourceFile(name, content));
            }
        }

        ResourceResolver resolver = new ResourceResolver(taxonomy);
        TerritoryAssembler assembler = new TerritoryAssembler(resolver, problems);
        TerritoryAssembler.Settings settings = null;
        Path settingsFile = Files.exists(root.resolve(SETTINGS_FILE)) || !Files.exists(root.resolve("territory.yml"))
                ? root.resolve(SETTINGS_FILE) : root.resolve("territory.yml");
        String settingsName = settingsFile.getFileName().toString();
        reading.file = settingsName;
        String settingsText = required(settingsFile, settingsName, problems);
        if (settingsText != null) {
            Node node = Node.read(settingsName, settingsText, true, problems);
            if (node instanceof Node.MapNode map) {
                settings = assembler.settings(map, List.of());
            } else if (node != null) {
                problems.error(IoMessages.MESSAGES, "document.expected-map", node.at(), "", null);
            }
        }
        boolean estimating = estimation || settings != null && Estimation.enabled(settings.parameters());
        // flows.csv, a region's largest file, is read beside actors.csv by an assembler of its own (its problems are
        // added after); only the checks of each flow's actor wait for the actors.
        Problems flowProblems = new Problems();
        TerritoryAssembler flowAssembler = new TerritoryAssembler(resolver, flowProblems);
        java.util.concurrent.FutureTask<List<TerritoryAssembler.FlowRow>> flowRows =
                new java.util.concurrent.FutureTask<>(() -> flowAssembler.readFlows(table(root, FLOWS_FILE,
                        TerritoryAssembler.FLOW_FIELDS, TerritoryAssembler.REQUIRED_FLOW_FIELDS, flowProblems,
                        estimating, reading)));
        org.eit.core.internal.collect.Parallel.background("eit-read-flows", flowRows);
        reading.file = ACTORS_FILE;
        List<Actor> actors = assembler.actors(table(root, ACTORS_FILE, TerritoryAssembler.ACTOR_FIELDS,
                TerritoryAssembler.REQUIRED_ACTOR_FIELDS, problems, false, reading));
        reading.file = FLOWS_FILE;
        List<Flow> flows = flowAssembler.withActors(org.eit.core.internal.collect.Parallel.join(flowRows),
                byId(actors), assembler.invalidActors());
        problems.addAll(flowProblems.sorted());
        assembler.adopt(flowAssembler);
        List<Observation> observations = List.of();
        if (Files.exists(root.resolve(OBSERVATIONS_FILE))) {
            reading.file = OBSERVATIONS_FILE;
            observations = assembler.observations(table(root, OBSERVATIONS_FILE, TerritoryAssembler.OBSERVATION_FIELDS,
                    TerritoryAssembler.REQUIRED_OBSERVATION_FIELDS, problems, false, reading), byId(actors));
        }
        reading.file = "";
        Territory territory = settings == null ? null : assembler.territory(settings, actors, flows, observations);
        return new Workspace(source, problems.hasErrors() ? null : territory, taxonomy,
                asWritten(problems.sorted(), reading.aliased), assembler.classifications(), rules, knowledge);
    }

    /**
     * The problems with each field a column headed by an alias stands for named as the file heads it: a French
     * header {@code unité} is named {@code unité} in its messages, not {@code unit}.
     */
    private static List<Problem> asWritten(List<Problem> problems, Map<String, Map<String, String>> aliased) {
        if (aliased.isEmpty()) {
            return problems;
        }
        return problems.stream().map(p -> {
            String written = aliased.getOrDefault(p.file(), Map.of()).get(p.field());
            return written == null ? p : new Problem(p.severity(), p.code(), p.args(), p.file(), p.line(),
                    p.column(), written, p.value(), p.catalog());
        }).toList();
    }

    /**
     * The rule files of a folder given apart from a workspace ({@code --rules DIR}), sorted by name and named by
     * their path; problems reading them go to {@code problems}.
     */
    public List<SourceFile> readRuleFolder(Path folder, Problems problems) {
        List<SourceFile> rules = new ArrayList<>();
        for (Path file : list(folder, ".drl", problems)) {
            String name = folder.resolve(file.getFileName()).normalize().toString();
            String content = text(file, name, problems);
            if (content != null) {
                rules.add(new SourceFile(name, content));
            }
        }
        return rules;
    }

    /**
     * {@code noRowsAllowed}: a header-only file is a warning, not an error (flows.csv of a territory whose flows come
     * from activity profiles).
     */
    private List<RawRecord> table(Path root, String file, List<String> fields, List<String> required,
                                  Problems problems, boolean noRowsAllowed, Reading reading) {
        Path path = root.resolve(file);
        List<RawRecord> records = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            problems.error(IoMessages.MESSAGES, "workspace.missing-file", Location.of(file), "", null);
            return records;
        }
        byte[] content = bytes(path, file, problems);
        if (content == null) {
            return records;
        }
        return table(file, file, content, fields, required, problems, noRowsAllowed, reading);
    }

    /**
     * Reads a file written in {@code flows.csv}'s format that is not the workspace's own (a filled questionnaire),
     * against the workspace's actors and taxonomy: the same columns, aliases, numbers and checks, each problem on
     * {@code name}'s line and column. {@code workspace} must be valid.
     *
     * @return the table as read (its rows' raw text) and the flows of the rows that are valid
     */
    public FlowRows readFlows(String name, byte[] content, Workspace workspace, Problems problems) {
        Reading reading = new Reading();
        reading.file = name;
        Problems found = new Problems();
        List<RawRecord> records = table(name, FLOWS_FILE, content, TerritoryAssembler.FLOW_FIELDS,
                TerritoryAssembler.REQUIRED_FLOW_FIELDS, found, true, reading);
        TerritoryAssembler assembler = new TerritoryAssembler(new ResourceResolver(workspace.taxonomy()), found);
        List<Flow> flows = assembler.flows(records, byId(workspace.territory().actors()));
        problems.addAll(asWritten(found.sorted().stream()
                .filter(p -> !p.code().equals("workspace.no-flows-estimating")).toList(), reading.aliased));
        CsvTable table = CsvTable.read(name, content, new Problems(), limits.maxRows())
                .withAliases(ColumnAliases.FLOWS, new Problems());
        return new FlowRows(table, flows);
    }

    /** The French names {@code flows.csv}'s columns may have, to their columns. */
    public static Map<String, String> flowColumnAliases() {
        return ColumnAliases.FLOWS;
    }

    /**
     * A file in {@code flows.csv}'s format as read: its table, whose columns are named by their fields, and its valid
     * flows.
     */
    public record FlowRows(CsvTable table, List<Flow> flows) {
    }

    /** {@code kind}: the workspace file whose columns and checks {@code file} follows. */
    private List<RawRecord> table(String file, String kind, byte[] content, List<String> fields,
                                  List<String> required, Problems problems, boolean noRowsAllowed, Reading reading) {
        List<RawRecord> records = new ArrayList<>();
        CsvTable table = CsvTable.read(file, content, problems, limits.maxRows())
                .withAliases(ColumnAliases.of(kind), problems);
        content = null;
        if (table.header().isEmpty()) {
            return records;
        }
        Map<String, String> aliased = new java.util.HashMap<>();
        for (String column : table.header()) {
            String field = table.field(column);
            if (!column.isBlank() && !field.equals(CsvTable.columnKey(column))) {
                aliased.put(field, column.trim());
            }
        }
        if (!aliased.isEmpty()) {
            reading.aliased.put(file, aliased);
        }
        for (String column : table.unknownColumns(fields)) {
            problems.warning(CoreMessages.MESSAGES, "csv.unknown-column", new Location(file, 1, table.columnNumber(column)), column, null,
                    String.join(", ", fields));
        }
        if (!table.requireColumns(required, problems)) {
            return records;
        }
        if (kind.equals(FLOWS_FILE) && !table.hasColumn("resource") && !table.hasColumn("description")) {
            problems.error(CoreMessages.MESSAGES, "csv.missing-column", Location.of(file, 1), "resource", null,
                    String.join(", ", table.header()));
            return records;
        }
        if (table.rows().isEmpty()) {
            if (noRowsAllowed) {
                problems.warning(IoMessages.MESSAGES, "workspace.no-flows-estimating", Location.of(file), "", null);
            } else {
                problems.error(CoreMessages.MESSAGES, "csv.no-rows", Location.of(file), "", null);
            }
            return records;
        }
        for (CsvTable.Row row : table.rows()) {
            records.add(RawRecord.of(row));
        }
        RawRecord.NumberColumns numbers = RawRecord.NumberColumns.decide(records, TerritoryAssembler.NUMBER_FIELDS,
                table.decimalComma() ? Numbers.Mark.COMMA : Numbers.Mark.POINT);
        return records.stream().map(r -> r.with(numbers)).toList();
    }

    private static Map<String, Actor> byId(List<Actor> actors) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.putIfAbsent(a.id(), a));
        return byId;
    }

    private static List<Path> list(Path folder, String extension, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(IoMessages.MESSAGES, "workspace.unreadable", Location.of(folder.getFileName().toString()), "", null,
                    e.getMessage());
            return List.of();
        }
    }

    private String required(Path path, String name, Problems problems) {
        if (!Files.isRegularFile(path)) {
            problems.error(IoMessages.MESSAGES, "workspace.missing-file", Location.of(name), "", null);
            return null;
        }
        return text(path, name, problems);
    }

    /** The text of a file, decoded by the one decoder of every file eit reads. */
    String text(Path path, String name, Problems problems) {
        byte[] content = bytes(path, name, problems);
        if (content == null) {
            return null;
        }
        return TextDecoder.decode(name, content, problems).text();
    }

    /** The bytes of a file; null (with the reason in {@code problems}) when unreadable or beyond the size limit. */
    byte[] bytes(Path path, String name, Problems problems) {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                problems.error(IoMessages.MESSAGES, "workspace.too-large", Location.of(name), "", null, size,
                        limits.maxFileBytes());
                return null;
            }
            return fileBytes.read(path);
        } catch (IOException e) {
            problems.error(IoMessages.MESSAGES, "workspace.unreadable", Location.of(name), "", null, e.getMessage());
            return null;
        }
    }
}
