package org.eit.io.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eit.core.internal.collect.Parallel;
import org.eit.io.output.OutputFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the outputs of an analysis into an output folder: each file atomically and with the user's umask
 * ({@link OutputFolder}), after checking that none of them would replace a file eit did not write.
 */
public final class Reports {
    public static final String DIAGNOSTIC = "diagnostic.json";
    private static final Logger LOG = LoggerFactory.getLogger(Reports.class);

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

    /** One output file's content, written to a UTF-8 writer when asked (so that a large one is never held whole). */
    @FunctionalInterface
    public interface Content {
        void write(Writer out) throws IOException;

        /** The content's UTF-8 bytes to {@code out}, left open; a content that encodes itself writes them directly. */
        default void write(OutputStream out) throws IOException {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(writer);
            writer.flush();
        }
    }

    /** Every file of {@code formats} by name, in a stable order, to be written. */
    public static Map<String, Content> contents(ReportInputs inputs, Set<ReportFormat> formats, CsvStyle style) {
        Map<String, Content> files = new LinkedHashMap<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (!formats.contains(f)) {
                continue;
            }
            switch (f) {
                case HTML -> files.put(TemplateReports.HTML, out -> TemplateReports.html(inputs, out));
                case MD -> files.put(TemplateReports.MARKDOWN, out -> TemplateReports.markdown(inputs, out));
                case JSON -> {
                    files.put(DIAGNOSTIC, DiagnosticJson.content(inputs));
                    files.put(DiagnosticJson.SCHEMA, out -> out.write(new String(schema(), StandardCharsets.UTF_8)));
                }
                case CSV -> files.putAll(CsvTables.tables(inputs, style));
                case GEOJSON -> files.put(GeoJsonMap.FILE, out -> out.write(GeoJsonMap.write(inputs)));
            }
        }
        return files;
    }

    /** Every file of {@code formats} by name, rendered in memory. */
    public static Map<String, byte[]> render(ReportInputs inputs, Set<ReportFormat> formats, CsvStyle style) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        contents(inputs, formats, style).forEach((name, content) -> files.put(name, bytes(content)));
        return files;
    }

    /** One content rendered in memory, in UTF-8. */
    static byte[] bytes(Content content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            content.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Renders and writes, each file streamed to a temporary file beside its target and all moved into place at the
     * end: a failure leaves the folder as it was. The files are written side by side (one per core, four at most):
     * each has its own writer and reads the same inputs; the longest to write go first, and each is on disk before
     * its thread takes the next. The paths written, in order.
     */
    public static List<Path> write(ReportInputs inputs, Set<ReportFormat> formats, CsvStyle style,
                                   OutputFolder output) {
        Map<String, Content> files = contents(inputs, formats, style);
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        try (OutputFolder.Batch batch = output.batch(files.keySet().toArray(String[]::new))) {
            List<String> costliestFirst = new ArrayList<>(files.keySet());
            costliestFirst.sort(java.util.Comparator.comparingInt(name -> COSTLIEST.contains(name)
                    ? COSTLIEST.indexOf(name) : COSTLIEST.size()));
            Parallel.inTurn(costliestFirst, threads, name -> {
                long start = System.nanoTime();
                try {
                    files.get(name).write(batch.stream(name));
                    batch.finish(name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                LOG.info("wrote {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
                return name;
            });
            batch.commit();
            return files.keySet().stream().map(output.path()::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files that take longest to write, longest first (the rest follow in their order). */
    private static final List<String> COSTLIEST = List.of(DIAGNOSTIC, TemplateReports.HTML, CsvTables.SYNERGIES,
            TemplateReports.MARKDOWN);

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
}
