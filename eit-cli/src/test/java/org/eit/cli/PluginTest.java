package org.eit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example plugin of {@code eit-samples/src/example-plugin}, compiled into a jar of its own here (outside the
 * main build, as a plugin author would build it), adds a resource, table rows and a rule to
 * {@code eit analyze --plugin JAR}.
 */
class PluginTest {
    private static final Path SOURCES = Path.of("../eit-samples/src/example-plugin/src/main").toAbsolutePath()
            .normalize();

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildThePluginJar() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(SOURCES.resolve("java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17"));
        args.addAll(sources);
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
        jar = dir.resolve("eit-winery-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, classes);
            add(out, SOURCES.resolve("resources"));
        }
    }

    private static void add(JarOutputStream out, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static Path wineTerritory() throws IOException {
        Path ws = Files.createDirectories(dir.resolve("wine-" + System.nanoTime()));
        Files.writeString(ws.resolve("territory.yaml"), "name: Côteaux test\nlanguage: en\n");
        Files.writeString(ws.resolve("actors.csv"), """
                id,name,kind,activity,latitude,longitude,zone
                W1,Domaine des Coteaux,company,11.02B,46.500,3.200,Village
                D1,Distillerie du Val,company,11.01Z,46.520,3.210,Bourg
                B1,Commune du Val,public-body,84.11Z,46.510,3.190,Village
                """);
        Files.writeString(ws.resolve("flows.csv"), """
                id,actor,direction,resource,description,quantity,unit,source
                F1,W1,offer,grape-marc-lees,,120,t/year,declared
                F2,D1,demand,grape-marc-lees,,2000,t/year,declared
                F3,W1,offer,,sarments de vigne,60,t/year,declared
                F4,B1,demand,wood-fuel-chips,,300,t/year,declared
                """);
        return ws;
    }

    @Test
    void thePluginAddsItsResourceRowsAndRule() throws IOException {
        Path out = dir.resolve("out-with");
        CliRun run = CliRun.of("analyze", wineTerritory().toString(), "--out", out.toString(), "--plugin",
                jar.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String json = Files.readString(out.resolve("diagnostic.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"winery\"", "Winery: marc and lees go to a distillery first",
                "Domaine des Coteaux must have its grape marc and wine lees",
                "\"resource\" : \"vine-prunings\"", "\"demandedResource\" : \"wood-fuel-chips\"");
    }

    @Test
    void withoutThePluginItsResourceIsUnknown() throws IOException {
        CliRun run = CliRun.of("validate", wineTerritory().toString());
        assertThat(run.out()).contains("sarments de vigne").doesNotContain("vine-prunings");
    }

    @Test
    void aMissingPluginJarIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--plugin", dir.resolve("nowhere.jar").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("No plugin jar at");
    }

}
