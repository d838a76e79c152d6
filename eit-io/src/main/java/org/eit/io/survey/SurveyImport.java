package org.eit.io.survey;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.model.DataSource;
import org.eit.core.model.Flow;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.io.IoMessages;
import org.eit.io.report.CsvStyle;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;

/**
 * Filled questionnaires back into the workspace ({@code eit survey import}): each questionnaire is read as a
 * {@code flows.csv} is, with the same checks, against the workspace's actors and taxonomy. A row the interview
 * confirmed (source {@code declared} or {@code measured}) becomes a declared flow of {@code flows.csv}: it replaces
 * the row of the same id when there is one (only the questionnaire's columns change; the others are kept), else it
 * is added at the end. Rows still {@code estimated}, or without a source, are left out. Nothing is merged when any
 * questionnaire has an error; the merged file is read again with the same checks before it is handed out.
 */
public final class SurveyImport {
    private static final List<String> NUMBER_FIELDS = List.of("quantity", "temperature_c", "cost_eur_per_unit",
            "cost_per_unit", "confidence");

    /**
     * What an import did.
     *
     * @param merged    the new flows.csv, or null when there were errors
     * @param added     flows added
     * @param replaced  flows of flows.csv the questionnaires changed
     * @param unchanged confirmed rows identical to flows.csv's
     * @param left      rows not confirmed (still estimated or without a source)
     * @param files     questionnaires read
     */
    public record Result(byte[] merged, List<Problem> problems, int added, int replaced, int unchanged, int left,
                         int files) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private SurveyImport() {
    }

    /**
     * Merges the questionnaires {@code filled} (name as messages give it, to content) into the workspace's
     * {@code flows.csv} ({@code flowsCsv}, its bytes). {@code workspace} must be valid.
     */
    public static Result merge(WorkspaceReader reader, Workspace workspace, byte[] flowsCsv,
                               Map<String, byte[]> filled) {
        Problems problems = new Problems();
        Map<String, Flow> existing = new HashMap<>();
        workspace.territory().flows().forEach(f -> existing.put(f.id(), f));
        Map<String, String> seenIn = new HashMap<>();
        Map<String, Map<String, String>> replacements = new LinkedHashMap<>();
        List<Map<String, String>> additions = new ArrayList<>();
        int unchanged = 0;
        int left = 0;
        for (Map.Entry<String, byte[]> file : filled.entrySet()) {
            Problems read = new Problems();
            WorkspaceReader.FlowRows rows = reader.readFlows(file.getKey(), file.getValue(), workspace, read);
            java.util.Set<Integer> leftOut = new java.util.HashSet<>();
            Map<String, Flow> flows = new HashMap<>();
            rows.flows().forEach(f -> flows.put(f.id(), f));
            for (CsvTable.Row row : rows.table().rows()) {
                String id = row.getOrEmpty("id");
                if (id.isEmpty()) {
                    continue;
                }
                String other = seenIn.putIfAbsent(id, file.getKey());
                if (other != null) {
                    problems.error(IoMessages.MESSAGES, "survey.duplicate-id", row.at("id"), "id", id,
                            other.equals(file.getKey()) ? file.getKey() : other);
                    continue;
                }
                Flow flow = flows.get(id);
                DataSource source = flow != null ? flow.source() : org.eit.core.model.Vocabulary
                        .parse(DataSource.class, row.getOrEmpty("source")).orElse(DataSource.ESTIMATED);
                if (source == DataSource.ESTIMATED) {
                    left++;
                    leftOut.add(row.line());
                    continue;
                }
                Map<String, String> cells = cells(rows.table(), row);
                Flow before = existing.get(id);
                if (before != null && flow != null && same(before, flow)) {
                    unchanged++;
                } else if (before != null || workspace.territory().toClassify().stream()
                        .anyMatch(f -> f.id().equals(id))) {
                    replacements.put(id, cells);
                } else {
                    additions.add(cells);
                }
            }
            // What is said of a row left out (an estimate without quantity) is no concern of the import; its errors are.
            problems.addAll(read.sorted().stream().filter(p -> p.isError() || !leftOut.contains(p.line())).toList());
        }
        if (problems.hasErrors()) {
            return new Result(null, problems.sorted(), 0, 0, 0, left, filled.size());
        }
        byte[] merged = write(flowsCsv, replacements, additions);
        Problems check = new Problems();
        reader.readFlows(WorkspaceReader.FLOWS_FILE, merged, workspace, check);
        if (check.hasErrors()) {
            problems.addAll(check.sorted().stream().filter(Problem::isError).toList());
            return new Result(null, problems.sorted(), 0, 0, 0, left, filled.size());
        }
        return new Result(merged, problems.sorted(), additions.size(), replacements.size(), unchanged, left,
                filled.size());
    }

    /**
     * The questionnaire's cells of a row by field, numbers with a decimal point; only the columns the questionnaire
     * has, so that a column it lacks keeps what flows.csv says.
     */
    private static Map<String, String> cells(CsvTable table, CsvTable.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String field : Survey.COLUMNS) {
            if (!table.hasColumn(field)) {
                continue;
            }
            String value = row.getOrEmpty(field);
            if (NUMBER_FIELDS.contains(field) && !value.isEmpty()) {
                value = plainNumber(value, table.decimalComma());
            }
            cells.put(field, value);
        }
        return cells;
    }

    /** {@code 1 234,5} (decimal comma) or {@code 1,234.5} as {@code 1234.5}; words are kept as they are. */
    static String plainNumber(String text, boolean decimalComma) {
        String compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (!compact.matches("[-+]?[0-9.,]+")) {
            return text;
        }
        return decimalComma ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
    }

    private static boolean same(Flow a, Flow b) {
        return a.actorId().equals(b.actorId()) && a.direction() == b.direction()
                && a.resourceId().equals(b.resourceId()) && a.description().equals(b.description())
                && Objects.equals(a.quantity(), b.quantity()) && Objects.equals(a.temperatureC(), b.temperatureC())
                && Objects.equals(a.costPerUnit(), b.costPerUnit()) && a.source() == b.source()
                && Objects.equals(a.confidence(), b.confidence()) && Objects.equals(a.wasteCode(), b.wasteCode())
                && a.notes().equals(b.notes());
    }

    /**
     * flows.csv with the replaced rows' questionnaire columns changed and the new rows at the end, in the file's own
     * separator, decimal mark, byte-order mark and line breaks; columns a questionnaire fills that the file lacks are
     * added to its header.
     */
    private static byte[] write(byte[] original, Map<String, Map<String, String>> replacements,
                                List<Map<String, String>> additions) {
        CsvTable fields = CsvTable.read(WorkspaceReader.FLOWS_FILE, original, new Problems(), CsvTable.UNLIMITED)
                .withAliases(flowAliases(), new Problems());
        List<String> header = new ArrayList<>(fields.header());
        List<String> headerFields = new ArrayList<>(header.stream().map(fields::field).toList());
        List<Map<String, String>> touched = new ArrayList<>(replacements.values());
        touched.addAll(additions);
        for (String field : Survey.COLUMNS) {
            if (!headerFields.contains(field) && touched.stream().anyMatch(c -> !c.getOrDefault(field, "").isEmpty())) {
                header.add(field);
                headerFields.add(field);
            }
        }
        boolean comma = fields.decimalComma();
        char separator = fields.separator();
        boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
                && (original[2] & 0xFF) == 0xBF;
        String text = new String(original, StandardCharsets.UTF_8);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        Survey.line(out, header, separator);
        for (CsvTable.Row row : fields.rows()) {
            Map<String, String> replacement = replacements.get(row.getOrEmpty("id"));
            List<String> cells = new ArrayList<>();
            for (String field : headerFields) {
                if (replacement != null && replacement.containsKey(field)) {
                    cells.add(local(field, replacement.get(field), comma));
                } else {
                    cells.add(row.getOrEmpty(field));
                }
            }
            Survey.line(out, cells, separator);
        }
        for (Map<String, String> addition : additions) {
            List<String> cells = new ArrayList<>();
            for (String field : headerFields) {
                cells.add(local(field, addition.getOrDefault(field, ""), comma));
            }
            Survey.line(out, cells, separator);
        }
        String body = out.toString().replace("\r\n", newline);
        return CsvStyle.utf8(body, bom);
    }

    private static Map<String, String> flowAliases() {
        return org.eit.io.workspace.WorkspaceReader.flowColumnAliases();
    }

    private static String local(String field, String value, boolean decimalComma) {
        return decimalComma && NUMBER_FIELDS.contains(field) && value.matches("[-+]?[0-9.]+")
                ? value.replace('.', ',') : value;
    }

    /**
     * Replaces {@code target} with {@code content} atomically (a file beside it, flushed, then moved into place),
     * after copying the previous file to {@code target.bak}, or {@code .bak-2}, {@code .bak-3}... when that name is
     * taken: a previous backup is never overwritten.
     *
     * @return the backup
     */
    public static Path replaceKeepingBackup(Path target, byte[] content) throws IOException {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        for (int n = 2; Files.exists(backup); n++) {
            backup = target.resolveSibling(target.getFileName() + ".bak-" + n);
        }
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        writeAtomically(target, content);
        return backup;
    }

    /** Writes {@code target} atomically: a temporary file beside it, flushed to the disk, then moved into place. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
