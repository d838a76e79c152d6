package org.eit.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the scenario report exists in English and French, and every code the runner uses has one. */
class ScenarioReportTextsTest {
    private static final Path SOURCES = Path.of("src/main/java/org/eit/io/scenario");
    private static final Pattern CODE = Pattern.compile("\"((?:diff|scenario)\\.[a-z]+(?:-[a-z]+)*)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScenarioReport.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        Properties en = load("Report.properties");
        Properties fr = load("Report_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        TreeSet<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.add("diff.count-min");
        used.add("diff.count-max");
        used.add("diff.min");
        used.add("diff.max");
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
