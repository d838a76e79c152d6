package org.eit.core.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eit.core.internal.resource.ListOfWaste;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.table.ShippedFiles;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.core.unit.Unit;
import org.eit.core.unit.Units;

/**
 * The hierarchy of resources, shipped as {@code org/eit/core/reference/resources.csv} and overridable row by row
 * from a workspace's {@code knowledge/resources.csv} (a row with a shipped id replaces it; a new id adds a
 * resource). Immutable and thread-safe.
 */
public final class ResourceTaxonomy {
    public static final String FILE = "resources.csv";
    static final List<String> COLUMNS = List.of("id", "parent", "kind", "label_fr", "label_en", "synonyms_fr",
            "synonyms_en", "waste_codes", "unit");
    private static final String RESOURCE = "/org/eit/core/reference/" + FILE;

    private final Map<String, Resource> byId;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> ancestors;
    private final Map<String, List<Resource>> byWasteCode;

    private ResourceTaxonomy(Map<String, Resource> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        Map<String, List<String>> kids = new LinkedHashMap<>();
        Map<String, List<String>> lineage = new LinkedHashMap<>();
        Map<String, List<Resource>> codes = new LinkedHashMap<>();
        for (Resource resource : byId.values()) {
            kids.computeIfAbsent(resource.id(), id -> new ArrayList<>());
            if (resource.parent() != null) {
                kids.computeIfAbsent(resource.parent(), id -> new ArrayList<>()).add(resource.id());
            }
            List<String> up = new ArrayList<>();
            for (String p = resource.parent(); p != null; p = byId.get(p).parent()) {
                up.add(p);
            }
            lineage.put(resource.id(), List.copyOf(up));
            for (WasteCode code : resource.wasteCodes()) {
                codes.computeIfAbsent(code.code(), c -> new ArrayList<>()).add(resource);
            }
        }
        kids.replaceAll((id, list) -> List.copyOf(list));
        codes.replaceAll((code, list) -> List.copyOf(list));
        this.children = Collections.unmodifiableMap(kids);
        this.ancestors = Collections.unmodifiableMap(lineage);
        this.byWasteCode = Collections.unmodifiableMap(codes);
    }

    /** The taxonomy shipped with eit. */
    public static ResourceTaxonomy shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final ResourceTaxonomy INSTANCE = loadShipped();
    }

    private static ResourceTaxonomy loadShipped() {
        Problems problems = new Problems();
        ResourceTaxonomy taxonomy = read(FILE, ShippedFiles.bytes(ResourceTaxonomy.class, RESOURCE), Map.of(),
                problems);
        problems.throwIfErrors();
        return taxonomy;
    }

    /**
     * This taxonomy with the rows of {@code content} (a {@code resources.csv} a user edited) replacing or adding
     * resources. Every problem of the file goes to {@code problems}; rows with errors are left out.
     */
    public ResourceTaxonomy withOverrides(String file, byte[] content, Problems problems) {
        return read(file, content, byId, problems);
    }

    private static ResourceTaxonomy read(String file, byte[] content, Map<String, Resource> base,
                                         Problems problems) {
        CsvTable table = CsvTable.read(file, content, problems);
        Map<String, Resource> resources = new LinkedHashMap<>(base);
        if (!table.requireColumns(List.of("id", "kind", "label_fr", "label_en", "unit"), problems)) {
            return new ResourceTaxonomy(resources);
        }
        for (String column : table.unknownColumns(COLUMNS)) {
            problems.warning(CoreMessages.MESSAGES, "csv.unknown-column", Location.of(file, 1), column, null, String.join(", ", COLUMNS));
        }
        Map<String, Integer> lineOfId = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Resource resource = readRow(row, lineOfId, problems);
            if (resource != null) {
                resources.put(resource.id(), resource);
                parents.put(resource.id(), resource.parent());
            }
        }
        // Parents are checked once all rows are known, so an override may refer to a resource defined below it.
        for (Map.Entry<String, String> entry : parents.entrySet()) {
            String parent = entry.getValue();
            Location at = Location.of(file, lineOfId.get(entry.getKey()));
            if (parent != null && !resources.containsKey(parent)) {
                problems.error(CoreMessages.MESSAGES, "resource.unknown-parent", at, "parent", parent);
                resources.remove(entry.getKey());
            } else if (parent != null && createsCycle(entry.getKey(), resources)) {
                problems.error(CoreMessages.MESSAGES, "resource.parent-cycle", at, "parent", parent);
                resources.remove(entry.getKey());
            }
        }
        // Removing a row whose parent is unknown may orphan its children: drop them too, each reported.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Resource resource : new ArrayList<>(resources.values())) {
                if (resource.parent() != null && !resources.containsKey(resource.parent())) {
                    Integer line = lineOfId.get(resource.id());
                    problems.error(CoreMessages.MESSAGES, "resource.unknown-parent", Location.of(file, line == null ? 0 : line),
                            "parent", resource.parent());
                    resources.remove(resource.id());
                    changed = true;
                }
            }
        }
        return new ResourceTaxonomy(resources);
    }

    private static Resource readRow(CsvTable.Row row, Map<String, Integer> lineOfId, Problems problems) {
        String id = row.getOrEmpty("id");
        boolean ok = true;
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.error(CoreMessages.MESSAGES, "resource.bad-id", row.at("id"), "id", id);
            ok = false;
        } else if (lineOfId.containsKey(id)) {
            problems.error(CoreMessages.MESSAGES, "resource.duplicate-id", row.at("id"), "id", id, lineOfId.get(id));
            ok = false;
        } else {
            lineOfId.put(id, row.line());
        }
        Optional<ResourceKind> kind = ResourceKind.parse(row.getOrEmpty("kind"));
        if (kind.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "resource.bad-kind", row.at("kind"), "kind", row.getOrEmpty("kind"),
                    String.join(", ", Arrays.stream(ResourceKind.values()).map(ResourceKind::id).toList()));
            ok = false;
        }
        Optional<Unit> unit = Units.find(row.getOrEmpty("unit"));
        if (unit.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "unit.unknown", row.at("unit"), "unit", row.getOrEmpty("unit"),
                    String.join(", ", Units.suggest(row.getOrEmpty("unit"))));
            ok = false;
        }
        for (String label : List.of("label_fr", "label_en")) {
            if (row.get(label).isEmpty()) {
                problems.error(CoreMessages.MESSAGES, "field.required", row.at(label), label, null);
                ok = false;
            }
        }
        List<WasteCode> codes = new ArrayList<>();
        for (String written : split(row.getOrEmpty("waste_codes"))) {
            Optional<WasteCode> code = WasteCode.parse(written)
                    .flatMap(w -> ListOfWaste.shipped().find(w.code()));
            if (code.isEmpty()) {
                problems.error(CoreMessages.MESSAGES, "waste-code.unknown", row.at("waste_codes"), "waste_codes", written);
                ok = false;
            } else {
                codes.add(code.get());
            }
        }
        Set<Boolean> hazard = new HashSet<>();
        codes.forEach(c -> hazard.add(c.hazardous()));
        if (hazard.size() > 1) {
            problems.error(CoreMessages.MESSAGES, "resource.mixed-hazard", row.at("waste_codes"), "waste_codes",
                    row.getOrEmpty("waste_codes"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new Resource(id, row.get("parent").orElse(null), kind.get(), row.getOrEmpty("label_fr"),
                row.getOrEmpty("label_en"), split(row.getOrEmpty("synonyms_fr")),
                split(row.getOrEmpty("synonyms_en")), codes, unit.get());
    }

    private static boolean createsCycle(String id, Map<String, Resource> resources) {
        Set<String> seen = new HashSet<>();
        for (String p = id; p != null; p = resources.containsKey(p) ? resources.get(p).parent() : null) {
            if (!seen.add(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<Resource> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Resource get(String id) {
        Resource resource = byId.get(id);
        if (resource == null) {
            throw new IllegalArgumentException("unknown resource '" + id + "'");
        }
        return resource;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** All resources in file order (parents before children). */
    public Collection<Resource> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Direct children of {@code id}. */
    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Every resource below {@code id}, depth first, not including {@code id}. */
    public List<String> descendants(String id) {
        List<String> out = new ArrayList<>();
        for (String child : children(id)) {
            out.add(child);
            out.addAll(descendants(child));
        }
        return out;
    }

    /** The parents of {@code id}, nearest first. */
    public List<String> ancestors(String id) {
        return ancestors.getOrDefault(id, List.of());
    }

    /** True when {@code id} is {@code ancestor} or lies below it. */
    public boolean isA(String id, String ancestor) {
        return id.equals(ancestor) || ancestors(id).contains(ancestor);
    }

    /** The root family of {@code id}. */
    public String root(String id) {
        List<String> up = ancestors(id);
        return up.isEmpty() ? id : up.get(up.size() - 1);
    }

    /** Resources that list the List of Waste entry {@code code} ({@code NN NN NN}). */
    public List<Resource> byWasteCode(String code) {
        return byWasteCode.getOrDefault(code, List.of());
    }
}
