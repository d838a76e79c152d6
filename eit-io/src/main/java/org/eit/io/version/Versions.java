package org.eit.io.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eit.io.output.OutputFolder;
import org.eit.io.report.Reports;

/**
 * Labelled versions of a workspace's diagnostic (V1, V2, final): {@code versions/LABEL/diagnostic.json}, as
 * {@code analyze} wrote it, and {@code versions/LABEL/version.json} with the label, the date the user gave (none when
 * not given: the clock is read only when asked, with {@code today}), the rank of its first save in the workspace
 * ({@code order}: 1, 2...; replacing a version with {@code --force} keeps it) and the territory's name.
 *
 * <p>The study's order of the versions ({@link #inStudyOrder}) is by date when every version has one, otherwise by the
 * order they were first saved in: so V2 follows V1 whether the study lead dates the versions or not, and a version
 * saved again keeps its place.
 */
public final class Versions {
    public static final String FOLDER = "versions";
    public static final String DIAGNOSTIC = "diagnostic.json";
    public static final String INFO = "version.json";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Versions() {
    }

    /**
     * A version saved in a workspace: its label, its date (null when it has none), the rank of its first save (0 when
     * its version.json does not say) and its diagnostic.json.
     */
    public record Saved(String label, LocalDate date, int order, Path diagnostic) {
    }

    /** The versions saved in {@code workspace}, in the study's order; none when it has no versions/ folder. */
    public static List<Saved> list(Path workspace) {
        Path root = workspace.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Saved> saved = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                String label = folder.getFileName().toString();
                if (validLabel(label) && Files.isRegularFile(folder.resolve(DIAGNOSTIC))) {
                    saved.add(read(label, folder));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return inStudyOrder(saved);
    }

    private static Saved read(String label, Path folder) {
        LocalDate date = null;
        int order = 0;
        Path info = folder.resolve(INFO);
        if (Files.isRegularFile(info)) {
            try {
                JsonNode node = JSON.readTree(info.toFile());
                date = node.path("date").isTextual() ? parseDate(node.path("date").asText())
                        .filter(d -> !node.path("date").asText().equalsIgnoreCase("today")).orElse(null) : null;
                order = node.path("order").asInt(0);
            } catch (IOException e) {
                // A version.json eit cannot read leaves the version undated and first in the order of saving.
            }
        }
        return new Saved(label, date, order, folder.resolve(DIAGNOSTIC));
    }

    /** By date when every version has one, then by the order of saving; otherwise by the order of saving alone. */
    static List<Saved> inStudyOrder(List<Saved> versions) {
        boolean dated = versions.stream().allMatch(v -> v.date() != null);
        Comparator<Saved> bySaving = Comparator.comparingInt(Saved::order).thenComparing(Saved::label);
        List<Saved> sorted = new ArrayList<>(versions);
        sorted.sort(dated ? Comparator.comparing(Saved::date).thenComparing(bySaving) : bySaving);
        return List.copyOf(sorted);
    }

    /**
     * The version a new version {@code label} (of {@code date}, or none) follows in the study's order: the one just
     * before it among those saved, the version of that label itself left out (when it is saved again, it keeps its
     * rank). Empty for the study's first version.
     */
    public static Optional<Saved> previous(Path workspace, String label, LocalDate date) {
        List<Saved> saved = list(workspace);
        Saved next = new Saved(label, date, rank(saved, label), null);
        List<Saved> all = new ArrayList<>(saved.stream().filter(v -> !v.label().equals(label)).toList());
        all.add(next);
        List<Saved> ordered = inStudyOrder(all);
        int at = ordered.indexOf(next);
        return at == 0 ? Optional.empty() : Optional.of(ordered.get(at - 1));
    }

    /** The rank a version {@code label} has, or takes when first saved: one past the highest. */
    private static int rank(List<Saved> saved, String label) {
        return saved.stream().filter(v -> v.label().equals(label) && v.order() > 0).map(Saved::order).findFirst()
                .orElseGet(() -> saved.stream().mapToInt(Saved::order).max().orElse(0) + 1);
    }

    /** The version {@code label} of the workspace, if saved. */
    public static Optional<Saved> find(Path workspace, String label) {
        return list(workspace).stream().filter(v -> v.label().equals(label)).findFirst();
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
    public static Path save(Path workspace, String label, LocalDate date, String territory,
                            Reports.Content diagnosticJson, boolean force) {
        Path folder = folder(workspace, label);
        if (!force && Files.exists(folder.resolve(DIAGNOSTIC))) {
            throw new OutputFolder.RefusedOverwrite(folder.resolve(DIAGNOSTIC));
        }
        int order = rank(list(workspace), label);
        OutputFolder output = new OutputFolder(folder, true);
        ObjectNode info = JSON.createObjectNode();
        info.put("label", label);
        if (date == null) {
            info.putNull("date");
        } else {
            info.put("date", date.toString());
        }
        info.put("order", order);
        info.put("territory", territory);
        Path saved = folder.resolve(DIAGNOSTIC);
        try (OutputFolder.Batch batch = output.batch(DIAGNOSTIC)) {
            diagnosticJson.write(batch.stream(DIAGNOSTIC));
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
