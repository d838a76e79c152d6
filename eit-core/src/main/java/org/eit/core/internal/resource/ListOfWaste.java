package org.eit.core.internal.resource;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.internal.table.ShippedFiles;
import org.eit.core.resource.WasteCode;

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
        Map<String, WasteCode> entries = new LinkedHashMap<>();
        for (CsvTable.Row row : ShippedFiles.table(ListOfWaste.class, RESOURCE).rows()) {
            if (!"entry".equals(row.getOrEmpty("level"))) {
                continue;
            }
            String code = row.getOrEmpty("code");
            entries.put(code, new WasteCode(code, "true".equals(row.getOrEmpty("hazardous")),
                    row.getOrEmpty("label_en"), row.getOrEmpty("label_fr")));
        }
        return new ListOfWaste(entries);
    }

    /** The entry {@code NN NN NN}, if it is in the list. */
    public Optional<WasteCode> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public Collection<WasteCode> entries() {
        return entries.values();
    }
}
