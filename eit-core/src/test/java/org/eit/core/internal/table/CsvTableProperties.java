package org.eit.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;

/** Tables written as spreadsheets write them read back cell for cell; no bytes make the reader throw. */
class CsvTableProperties {

    record Table(List<String> header, List<List<String>> rows, char separator, String newline, int encoding) {
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<String> cell = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('0', '9')
                .withChars(' ', ';', ',', '\t', '"', '\n', '#', '.', 'é', 'ç', '€', '’', '\u00a0')
                .ofMaxLength(12);
        return Arbitraries.integers().between(2, 6).flatMap(columns -> {
            Arbitrary<List<String>> header = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
                    .ofMaxLength(8).list().ofSize(columns).uniqueElements();
            Arbitrary<List<String>> row = cell.list().ofSize(columns)
                    .filter(r -> r.stream().anyMatch(c -> !c.isBlank()));
            return Combinators.combine(header, row.list().ofMaxSize(8), Arbitraries.of(';', ',', '\t'),
                    Arbitraries.of("\n", "\r\n"), Arbitraries.integers().between(0, 3)).as(Table::new);
        });
    }

    static String quote(String cell, char separator) {
        boolean needs = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n")
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

    @Property
    void aTableReadsBackCellForCell(@ForAll("tables") Table t) {
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
    }

    @Property(tries = 300)
    void anyBytesGiveATableOrProblemsButNeverAnException(@ForAll byte[] content) {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read("t.csv", content, problems);
        assertThat(table.header()).isNotNull();
        problems.sorted().forEach(p -> assertThat(p.file()).isEqualTo("t.csv"));
    }

    @Property(tries = 300)
    void anyTextGivesATableOrProblemsButNeverAnException(@ForAll("csvLike") String text) {
        Problems problems = new Problems();
        CsvTable.read("t.csv", text.getBytes(StandardCharsets.UTF_8), problems);
        problems.sorted().forEach(p -> assertThat(p.toString()).doesNotContain("\u0000"));
    }

    @Provide
    Arbitrary<String> csvLike() {
        return Arbitraries.strings().withChars("ab1;,\t\"\n\r# \u0000é").ofMaxLength(60);
    }
}
