package org.eit.io.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The outputs {@code analyze --format} can write, with the files each gives. */
public enum ReportFormat {
    /** {@code report.html}: the self-contained report a steering committee reads. */
    HTML(List.of(TemplateReports.HTML)),
    /** {@code report.md}: the same content in Markdown. */
    MD(List.of(TemplateReports.MARKDOWN)),
    /** {@code diagnostic.json}: the full diagnostic as data, and its JSON Schema. */
    JSON(List.of(Reports.DIAGNOSTIC, DiagnosticJson.SCHEMA)),
    /** The spreadsheet tables: synergies, flows, gains, actions, AFOM. */
    CSV(CsvTables.FILES),
    /** {@code map.geojson}: actors and synergy links for QGIS and web maps. */
    GEOJSON(List.of(GeoJsonMap.FILE));

    /** What a study lead needs by default: the report to show, the data to keep, the tables to work in. */
    public static final Set<ReportFormat> DEFAULT = EnumSet.of(HTML, JSON, CSV);

    private final List<String> files;

    ReportFormat(List<String> files) {
        this.files = files;
    }

    public List<String> files() {
        return files;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code html}, {@code md} (or {@code markdown}), {@code json}, {@code csv}, {@code geojson}; any case. */
    public static Optional<ReportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (word.equals("markdown")) {
            return Optional.of(MD);
        }
        for (ReportFormat f : values()) {
            if (f.id().equals(word)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
