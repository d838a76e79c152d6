package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eit.core.problem.Problem;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the corpus of bad inputs ({@code src/test/resources/bad-inputs/cases.csv}): each case must give its expected
 * problem at its expected place, never an exception, every problem must name its file, and no message may carry a
 * NUL byte or a replacement character, in English or in French.
 */
class BadInputCorpusTest {
    static final String ROOT = "/bad-inputs/";

    /** One line of cases.csv. */
    record Case(String name, String read, String code, String severity, String at, String value, String limits,
                String remove, String note) {
        @Override
        public String toString() {
            return name + " (" + note + ")";
        }
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(BadInputCorpusTest.class.getResource(ROOT + "cases.csv").toURI()).getParent();
    }

    static List<Case> cases() throws IOException, URISyntaxException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpus().resolve("cases.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("case;") || line.isBlank()) {
                continue;
            }
            String[] c = line.split(";", -1);
            cases.add(new Case(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
        }
        return cases;
    }

    /** The case's workspace in {@code dir}: the base, with the case's files over it. */
    static Path lay(Case c, Path dir) throws IOException, URISyntaxException {
        Path base = corpus().resolve("_base");
        Path caseFolder = corpus().resolve(c.name());
        for (Path folder : new Path[] {base, caseFolder}) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (file.getFileName().toString().equals(".keep")) {
                        continue;
                    }
                    Path target = dir.resolve(folder.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String removed : c.remove().isBlank() ? new String[0] : c.remove().split(",")) {
            Files.delete(dir.resolve(removed.trim()));
        }
        return c.read().equals("folder") ? dir : dir.resolve(c.read());
    }

    static ReadLimits limits(Case c) {
        long bytes = ReadLimits.DEFAULT_MAX_FILE_BYTES;
        long rows = ReadLimits.DEFAULT_MAX_ROWS;
        for (String limit : c.limits().isBlank() ? new String[0] : c.limits().split(",")) {
            String[] kv = limit.split("=");
            if (kv[0].trim().equals("bytes")) {
                bytes = Long.parseLong(kv[1].trim());
            } else {
                rows = Long.parseLong(kv[1].trim());
            }
        }
        return new ReadLimits(bytes, rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGivesItsMessageAtItsPlace(Case c, @TempDir Path dir) throws Exception {
        Path input = lay(c, dir);
        Workspace w = new WorkspaceReader(ResourceTaxonomy.shipped(), limits(c)).read(input);
        List<String> all = w.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
        for (Problem p : w.problems()) {
            assertThat(p.file()).as("every problem names its file: %s", p).isNotEmpty();
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
                String text = p.format(locale);
                assertThat(text).as("%s", text).doesNotContain("\u0000", "\uFFFD");
                assertThat(text.chars().noneMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n')).as(text).isTrue();
                assertThat(p.message(locale)).as("a text for %s in %s", p.code(), locale).doesNotStartWith(p.code());
            }
        }
        if (c.code().equals("none")) {
            assertThat(all).isEmpty();
            assertThat(w.isValid()).isTrue();
            return;
        }
        assertThat(w.problems()).as("%s", all).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(c.code());
            assertThat(p.severity().name().toLowerCase(Locale.ROOT)).isEqualTo(c.severity());
            assertThat(p.location().toString()).isEqualTo(c.at());
            if (!c.value().isEmpty()) {
                assertThat(p.value()).isEqualTo(c.value());
            }
        });
        if (c.severity().equals("warning")) {
            // A warning's data is used: no error may come with it (no cascade from one slip).
            assertThat(w.isValid()).as("%s", all).isTrue();
        } else {
            assertThat(w.isValid()).isFalse();
        }
    }
}
