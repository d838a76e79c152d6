package org.eit.core.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eit.core.problem.Problems;
import org.eit.core.table.CsvTable;

/**
 * The 842 entries of the European List of Waste with English and French labels, shipped as
 * {@code org/eit/core/reference/list-of-waste.csv} (sources in that folder's README).
 */
public final class ListOfWaste {
    private static final String RESOURCE = "/org/eit/core/reference/list-of-waste.csv";
    private final Map<String, WasteCode> entries;

    private ListOfWaste(Map<String, WasteCode> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The shipped list, read once. */
    public static ListOfWaste shipped() {
        return Shipped.INSTANCE;
    }

    /** Loaded on first use, once, thread-safely (holder idiom). */
    private static final class Shipped {
        static final ListOfWaste INSTANCE = load();
    }

    private static ListOfWaste load() {
        try (InputStream in = ListOfWaste.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Problems problems = new Problems();
            CsvTable table = CsvTable.read("list-of-waste.csv", in.readAllBytes(), problems);
            problems.throwIfErrors();
            Map<String, WasteCode> entries = new LinkedHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                if (!"entry".equals(row.getOrEmpty("level"))) {
                    continue;
                }
                String code = row.getOrEmpty("code");
                entries.put(code, new WasteCode(code, "true".equals(row.getOrEmpty("hazardous")),
                        row.getOrEmpty("label_en"), row.getOrEmpty("label_fr")));
            }
            return new ListOfWaste(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry {@code NN NN NN}, if it is in the list. */
    public Optional<WasteCode> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public Collection<WasteCode> entries() {
        return entries.values();
    }
}
