package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every problem code a module reports has its text in the module's own catalog, in English and in French: a code
 * without a text would print as its key.
 */
class MessageCatalogsTest {
    private static final Pattern USE = Pattern.compile("(\\w+)\\.MESSAGES(?:\\.(?:error|warning)\\(|, )\"([a-z0-9.-]+)\"");
    private static final Map<String, String> BUNDLE_OF = Map.of(
            "CoreMessages", "eit-core/src/main/resources/org/eit/core/problem/Messages",
            "RulesMessages", "eit-rules/src/main/resources/org/eit/rules/Messages",
            "IoMessages", "eit-io/src/main/resources/org/eit/io/Messages");

    @ParameterizedTest
    @ValueSource(strings = {"eit-core", "eit-rules", "eit-io"})
    void everyCodeHasBothTexts(String module) throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        TreeSet<String> missing = new TreeSet<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    uses++;
                    String bundle = BUNDLE_OF.get(m.group(1));
                    assertThat(bundle).as("catalog %s used in %s", m.group(1), file).isNotNull();
                    for (String suffix : new String[] {"", "_fr"}) {
                        if (!load(root.resolve(bundle + suffix + ".properties")).containsKey(m.group(2))) {
                            missing.add(m.group(2) + " in " + bundle + suffix + ".properties");
                        }
                    }
                }
            }
        }
        assertThat(uses).as("problem codes found in %s", module).isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    /** A CLI text used with a literal key: console.text/say/error("key"...), Texts.get(locale, "key"...), exit codes. */
    private static final Pattern CLI_USE = Pattern.compile(
            "(?:console\\.(?:text|say|error)|Texts\\.get\\([^,()]*(?:\\(\\))?,|meanings\\.put\\([A-Z_]+,)\\(?\\s*\"([a-z0-9.-]+)\"");

    @org.junit.jupiter.api.Test
    void everyCliTextHasBothLanguagesAndTheCatalogsHaveTheSameKeys() throws IOException {
        Properties en = load(Path.of("src/main/resources/org/eit/cli/Cli.properties"));
        Properties fr = load(Path.of("src/main/resources/org/eit/cli/Cli_fr.properties"));
        assertThat(new TreeSet<>(fr.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        TreeSet<String> missing = new TreeSet<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CLI_USE.matcher(Files.readString(file));
                while (m.find()) {
                    uses++;
                    if (!en.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(uses).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
