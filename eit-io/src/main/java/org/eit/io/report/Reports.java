package org.eit.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eit.io.output.OutputFolder;

/**
 * Writes the outputs of an analysis into an output folder: each file atomically and with the user's umask
 * ({@link OutputFolder}), after checking that none of them would replace a file eit did not write.
 */
public final class Reports {
    public static final String DIAGNOSTIC = "diagnostic.json";

    private Reports() {
    }

    /** The names of the files {@code formats} give, in a stable order. */
    public static List<String> files(Set<ReportFormat> formats) {
        List<String> names = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (formats.contains(f)) {
                names.addAll(f.files());
            }
        }
        return names;
    }

    /** Every file of {@code formats} by name, rendered in memory. */
    public static Map<String, byte[]> render(ReportInputs inputs, Set<ReportFormat> formats, CsvStyle style) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (!formats.contains(f)) {
                continue;
            }
            switch (f) {
                case HTML -> files.put(TemplateReports.HTML, utf8(TemplateReports.html(inputs)));
                case MD -> files.put(TemplateReports.MARKDOWN, utf8(TemplateReports.markdown(inputs)));
                case JSON -> {
                    files.put(DIAGNOSTIC, utf8(DiagnosticJson.write(inputs)));
                    files.put(DiagnosticJson.SCHEMA, schema());
                }
                case CSV -> files.putAll(CsvTables.write(inputs, style));
                case GEOJSON -> files.put(GeoJsonMap.FILE, utf8(GeoJsonMap.write(inputs)));
            }
        }
        return files;
    }

    /** Renders and writes; the paths written, in order. */
    public static List<Path> write(ReportInputs inputs, Set<ReportFormat> formats, CsvStyle style,
                                   OutputFolder output) {
        Map<String, byte[]> files = render(inputs, formats, style);
        output.checkWritable(files.keySet().toArray(String[]::new));
        List<Path> written = new ArrayList<>();
        files.forEach((name, content) -> written.add(output.write(name, content)));
        return written;
    }

    /** The JSON Schema of {@code diagnostic.json}, as shipped. */
    public static byte[] schema() {
        try (InputStream in = DiagnosticJson.class.getResourceAsStream(DiagnosticJson.SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DiagnosticJson.SCHEMA);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
