package org.eit.io.report;

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

/** The reports speak both languages: the two catalogs hold the same keys, and every key a template uses exists. */
class ReportTextsTest {
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationReport.class.getResourceAsStream(name)) {
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
        Pattern key = Pattern.compile("t\\[\"([a-z0-9.-]+)\"\\]");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/eit/io/report/templates"))) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
