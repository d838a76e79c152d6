package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's snippets run, outside eit's build, and find synergies. */
class SnippetsTest {
    @Test
    void aWorkspaceIsReadAndAnalysed() {
        PrintStream previous = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            AnalyseWorkspace.main(new String[] {System.getProperty("eit.sample")});
        } finally {
            System.setOut(previous);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("S-") && printed.contains(" a year"), printed);
    }

    @Test
    void aTerritoryBuiltInCodeIsAnalysed() {
        assertTrue(AnalyseInCode.run().synergies().stream()
                .anyMatch(s -> s.actors().equals(java.util.List.of("brewery", "farm"))));
    }
}
