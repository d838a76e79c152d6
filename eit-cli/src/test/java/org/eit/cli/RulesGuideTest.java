package org.eit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule authors' guide ({@code docs/RULES.md} and its French twin) is run as written, block by block, in a folder
 * of its own: a block {@code ```drl file=PATH} (or {@code yaml}, {@code csv}) writes the file, a block
 * {@code ```console} runs its {@code $ ./eit ...} line and must print the lines below it (and exit with
 * {@code exit=N}, 0 by default). At the end, every rule file must pass {@code rules check} and every scenario
 * {@code rules test}, unless its block says {@code broken} or {@code failing}. Every DRL and YAML block of the guide
 * has a {@code file=}: no example can rot unseen.
 */
class RulesGuideTest {
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)(.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)(?:=(\\S+))?");

    @TempDir
    Path dir;

    /** A fenced block: its language, attributes, text and the line it starts on. */
    record Block(String language, Map<String, String> attributes, List<String> lines, int line) {
        boolean has(String flag) {
            return attributes.containsKey(flag);
        }
    }

    static List<Block> blocks(List<String> text) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Matcher fence = FENCE.matcher(text.get(i));
            if (!fence.matches()) {
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(fence.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2) == null ? "" : a.group(2));
            }
            int start = i + 1;
            List<String> body = new ArrayList<>();
            for (i = i + 1; i < text.size() && !text.get(i).startsWith("```"); i++) {
                body.add(text.get(i));
            }
            blocks.add(new Block(fence.group(1), attributes, body, start));
        }
        return blocks;
    }

    @ParameterizedTest
    @CsvSource({"RULES.md,en", "RULES.fr.md,fr"})
    void theGuidesExamplesRunAsWritten(String guide, String language) throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(Path.of("..", "docs", guide)));
        Map<Path, Block> written = new LinkedHashMap<>();
        int commands = 0;
        for (Block block : blocks) {
            String where = guide + ":" + block.line();
            if (Set.of("drl", "yaml", "csv").contains(block.language())) {
                assertThat(block.attributes()).as("%s: an example needs file=PATH", where).containsKey("file");
                Path file = dir.resolve(block.attributes().get("file"));
                Files.createDirectories(file.getParent());
                Files.writeString(file, String.join("\n", block.lines()) + "\n");
                written.put(file, block);
            } else if (block.language().equals("console")) {
                commands++;
                run(where, block, language);
            }
        }
        assertThat(commands).as("console blocks in %s", guide).isGreaterThanOrEqualTo(4);
        for (Map.Entry<Path, Block> file : written.entrySet()) {
            String name = file.getKey().getFileName().toString();
            String where = guide + ":" + file.getValue().line() + " " + dir.relativize(file.getKey());
            if (name.endsWith(".drl") && !file.getValue().has("broken")) {
                CliRun check = CliRun.of("--lang", language, "rules", "check", file.getKey().toString());
                assertThat(check.exitCode()).as("%s: rules check says\n%s%s", where, check.out(), check.err())
                        .isZero();
            }
            if (name.endsWith(".scenario.yaml") && !file.getValue().has("failing")) {
                CliRun test = CliRun.of("--lang", language, "rules", "test", file.getKey().toString());
                assertThat(test.exitCode()).as("%s: rules test says\n%s%s", where, test.out(), test.err())
                        .isZero();
            }
        }
        assertThat(written.keySet().stream().filter(p -> p.toString().endsWith(".scenario.yaml"))).hasSizeGreaterThan(3);
    }

    /** A console block: {@code $ ./eit ARGS} then what it prints, paths relative to the guide's folder. */
    private void run(String where, Block block, String language) {
        assertThat(block.lines()).as("%s: a console block starts with $ ./eit", where).isNotEmpty();
        String command = block.lines().get(0);
        assertThat(command).as(where).startsWith("$ ./eit ");
        List<String> args = new ArrayList<>(List.of("--lang", language));
        for (String arg : command.substring("$ ./eit ".length()).trim().split("\\s+")) {
            Path path = dir.resolve(arg);
            args.add(Files.exists(path) ? path.toString() : arg);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String prefix = dir.toString() + "/";
        String out = run.out().replace(prefix, "").stripTrailing();
        String expected = String.join("\n", block.lines().subList(1, block.lines().size())).stripTrailing();
        assertThat(out).as("%s: %s prints\n%s", where, command, run.err()).isEqualTo(expected);
        assertThat(run.exitCode()).as("%s: %s exits with", where, command)
                .isEqualTo(Integer.parseInt(block.attributes().getOrDefault("exit", "0")));
    }
}
