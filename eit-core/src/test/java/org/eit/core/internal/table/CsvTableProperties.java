package org.eit.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.testing.Examples;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Tables written as spreadsheets write them read back cell for cell; no bytes make the reader throw. */
class CsvTableProperties {

    record Table(List<String> header, List<List<String>> rows, char separator, String newline, int encoding) {
    }

    /** Tables of 2 to 6 columns and up to 8 rows of awkward cells, with any separator, newline and encoding. */
    static Gen<Table> tables() {
        Gen<String> cells = Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.chars('0', '9'),
                Gen.charsOf(" ;,\t\"\n#.éç€’\u00a0")), 0, 12);
        Gen<String> names = Gen.strings(Gen.chars('a', 'z'), 1, 8);
        Gen<Character> separators = Gen.of(';', ',', '\t');
        Gen<String> newlines = Gen.of("\n", "\r\n");
        Gen<Integer> encodings = Gen.ints(0, 3);
        return Gen.ints(2, 6).flatMap(columns -> random -> {
            char separator = separators.next(random);
            Gen<List<String>> rows = cells.list(columns)
                    .filter(r -> r.stream().anyMatch(c -> !c.isBlank()));
            return new Table(names.distinctList(columns).next(random), rows.list(0, 8).next(random), separator,
                    newlines.next(random), encodings.next(random));
        });
    }

    /**
     * Quoted as a careful writer does: a cell holding any separator is quoted, so that a lone cell such as
     * "Scierie; Dupont" in a comma file reads as one value (unquoted, it would read as a row typed with another
     * separator, an error the reader names).
     */
    static String quote(String cell, char separator) {
        boolean needs = cell.chars().anyMatch(c -> c == ';' || c == ',' || c == '\t') || cell.contains("\"")
                || cell.contains("\n")
                || cell.startsWith("#") || !cell.equals(cell.strip());
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static byte[] write(Table t) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(String.valueOf(t.separator()), t.header())).append(t.newline());
        for (List<String> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(quote(c, t.separator())));
            out.append(String.join(String.valueOf(t.separator()), cells)).append(t.newline());
        }
        String text = out.toString();
        return switch (t.encoding()) {
            case 0 -> text.getBytes(StandardCharsets.UTF_8);
            case 1 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            default -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        };
    }

    @Test
    void aTableReadsBackCellForCell() {
        Property.forAll(tables(), t -> {
            Problems problems = new Problems();
            CsvTable table = CsvTable.read("t.csv", write(t), problems);
            assertThat(problems.sorted()).extracting(Problem::toString).isEmpty();
            assertThat(table.separator()).isEqualTo(t.separator());
            assertThat(table.header()).isEqualTo(t.header());
            assertThat(table.rows()).hasSize(t.rows().size());
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.header().size(); c++) {
                    String written = t.rows().get(r).get(c);
                    assertThat(table.rows().get(r).get(t.header().get(c)).orElse(""))
                            .as("row %d column %d of %s", r, c, t).isEqualTo(written.trim());
                }
            }
        });
    }

    @Test
    void anyBytesGiveATableOrProblemsButNeverAnException() {
        Property.forAll(300, Gen.bytes(Gen.ANY_LENGTH).withExamples(Examples.awkwardBytes()), content -> {
            Problems problems = new Problems();
            CsvTable table = CsvTable.read("t.csv", content, problems);
            assertThat(table.header()).isNotNull();
            problems.sorted().forEach(p -> assertThat(p.file()).isEqualTo("t.csv"));
        });
    }

    @Test
    void anyTextGivesATableOrProblemsButNeverAnException() {
        Gen<String> csvLike = Gen.strings(Gen.charsOf("ab1;,\t\"\n\r# \u0000é"), 0, 60)
                .withExamples("", "\"", "#", "a;b\n\"c", "\u0000", "\n\n");
        Property.forAll(300, csvLike, text -> {
            Problems problems = new Problems();
            CsvTable.read("t.csv", text.getBytes(StandardCharsets.UTF_8), problems);
            problems.sorted().forEach(p -> assertThat(p.toString()).doesNotContain("\u0000"));
        });
    }
}
