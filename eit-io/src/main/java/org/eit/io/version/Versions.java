package org.eit.io.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eit.io.output.OutputFolder;
import org.eit.io.report.Reports;

/**
 * Labelled versions of a workspace's diagnostic (V1, V2, final): {@code versions/LABEL/diagnostic.json}, as
 * {@code analyze} wrote it, and {@code versions/LABEL/version.json} with the label, the date the user gave (none when
 * not given: the clock is read only when asked, with {@code today}) and the territory's name.
 */
public final class Versions {
    public static final String FOLDER = "versions";
    public static final String DIAGNOSTIC = "diagnostic.json";
    public static final String INFO = "version.json";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Versions() {
    }

    /** Whether {@code label} can name a version: letters, digits, dots, dashes, underscores, 64 at most. */
    public static boolean validLabel(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    /** {@code YYYY-MM-DD}, or {@code today} (read from the clock); empty when neither. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.strip().equalsIgnoreCase("today")) {
            return Optional.of(LocalDate.now());
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The folder of a version of the workspace. */
    public static Path folder(Path workspace, String label) {
        return workspace.resolve(FOLDER).resolve(label);
    }

    /**
     * Saves {@code diagnosticJson} as version {@code label} of the workspace; a version already saved is replaced
     * only with {@code force} ({@link OutputFolder.RefusedOverwrite} otherwise).
     *
     * @return the saved diagnostic.json
     */
    public static Path save(Path workspace, String label, LocalDate date, String territory, String diagnosticJson,
                            boolean force) {
        return save(workspace, label, date, territory, out -> out.write(diagnosticJson), force);
    }

    /** As {@link #save(Path, String, LocalDate, String, String, boolean)}, the diagnostic streamed to its file. */
    public static Path save(Path workspace, String label, LocalDate date, String territory,
                            Reports.Content diagnosticJson, boolean force) {
        Path folder = folder(workspace, label);
        if (!force && Files.exists(folder.resolve(DIAGNOSTIC))) {
            throw new OutputFolder.RefusedOverwrite(folder.resolve(DIAGNOSTIC));
        }
        OutputFolder output = new OutputFolder(folder, true);
        ObjectNode info = JSON.createObjectNode();
        info.put("label", label);
        if (date == null) {
            info.putNull("date");
        } else {
            info.put("date", date.toString());
        }
        info.put("territory", territory);
        Path saved = folder.resolve(DIAGNOSTIC);
        try (OutputFolder.Batch batch = output.batch(DIAGNOSTIC)) {
            diagnosticJson.write(batch.writer(DIAGNOSTIC));
            batch.commit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            output.write(INFO, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(info) + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return saved;
    }

    /**
     * The diagnostic.json an argument of {@code diff} names: a file, a folder holding one, or the label of a version
     * of {@code workspace}.
     */
    public static Optional<Path> locate(String argument, Path workspace) {
        Path path = Path.of(argument);
        if (Files.isRegularFile(path)) {
            return Optional.of(path);
        }
        if (Files.isRegularFile(path.resolve(DIAGNOSTIC))) {
            return Optional.of(path.resolve(DIAGNOSTIC));
        }
        if (validLabel(argument) && Files.isRegularFile(folder(workspace, argument).resolve(DIAGNOSTIC))) {
            return Optional.of(folder(workspace, argument).resolve(DIAGNOSTIC));
        }
        return Optional.empty();
    }

    /**
     * How a report names the version in {@code diagnostic}: the label and date of the version.json beside it, else
     * the argument as the user wrote it.
     */
    public static String labelOf(Path diagnostic, String argument) {
        Path info = diagnostic.toAbsolutePath().resolveSibling(INFO);
        if (Files.isRegularFile(info)) {
            try {
                JsonNode node = JSON.readTree(info.toFile());
                if (node.path("label").isTextual()) {
                    return node.path("label").asText() + (node.path("date").isTextual()
                            ? " (" + node.path("date").asText() + ")" : "");
                }
            } catch (IOException e) {
                return argument;
            }
        }
        return argument;
    }
}
