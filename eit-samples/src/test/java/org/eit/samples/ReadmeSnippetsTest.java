package org.eit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding snippets are the very classes built and run outside the reactor
 * ({@code src/it/embedding}), and the example plugin is built against this version of eit.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theReadmeShowsTheClassesTheIntegrationTestRuns() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (String name : new String[] {"AnalyseWorkspace.java", "AnalyseInCode.java"}) {
            String source = Files.readString(Path.of("src/it/embedding/src/main/java/example").resolve(name),
                    StandardCharsets.UTF_8);
            assertThat(readme).as(name).contains("```java\n" + source + "```");
        }
    }

    @Test
    void theExamplePluginAndTheReadmeNameThisVersion() throws IOException {
        String version = project(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertThat(Files.readString(Path.of("src/example-plugin/pom.xml"), StandardCharsets.UTF_8))
                .contains("<eit.version>" + version + "</eit.version>");
        assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .contains("<version>" + version + "</version>");
    }

    private static String project(String pom) {
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
