package org.eit.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.core.internal.table.ShippedFiles;

/**
 * The sample territories shipped in this module's resources ({@code org/eit/samples/NAME/}), readable as workspace
 * folders whether eit runs from classes on disk or from a jar.
 */
public final class Samples {
    /** The sample analysed when no workspace is given. */
    public static final String DEFAULT = "petr-trois-vallees";

    private static final String ROOT = "/org/eit/samples/";
    private static final String CATALOGUE = ROOT + "samples.csv";

    private Samples() {
    }

    /** All samples, in the order of the catalogue {@code org/eit/samples/samples.csv}. */
    public static List<Sample> list() {
        return Catalogue.SAMPLES;
    }

    private static final class Catalogue {
        static final List<Sample> SAMPLES = load();
    }

    private static List<Sample> load() {
        return ShippedFiles.table(Samples.class, CATALOGUE).rows().stream()
                .map(row -> new Sample(row.getOrEmpty("name"), row.getOrEmpty("language"),
                        row.getOrEmpty("description_en"), row.getOrEmpty("description_fr"),
                        folder(row.getOrEmpty("name"))))
                .toList();
    }

    public static Optional<Sample> find(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static Sample defaultSample() {
        return find(DEFAULT).orElseThrow();
    }

    private static Path folder(String name) {
        String marker = ROOT + name + "/territory.yaml";
        URL url = Samples.class.getResource(marker);
        if (url == null) {
            throw new IllegalStateException("sample '" + name + "' is missing its territory.yaml (" + marker + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath(ROOT + name);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad sample location " + url, e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
