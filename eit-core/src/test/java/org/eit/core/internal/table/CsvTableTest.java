package org.eit.core.internal.table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsSemicolonFilesWithByteOrderMarkAsExcelSavesThem() {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read("flows.csv", utf8("\uFEFFId;Quantité;Unit\r\nF1;1 234,5;t\r\n;;\r\nF2;2;t\r\n"),
                problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.decimalComma()).isTrue();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("quantite")).contains("1 234,5");
        assertThat(table.rows().get(0).get("id")).contains("F1");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void keepsTheLineOfEachRecordAcrossQuotedLineBreaks() {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read("f.csv", utf8("id,notes\nA,\"two\nlines\"\nB,x\n"), problems);
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
        assertThat(table.rows().get(0).get("notes")).contains("two\nlines");
        assertThat(table.rows().get(1).at("notes").toString()).isEqualTo("f.csv:4:2");
    }

    @Test
    void reportsEveryStructuralProblemWithItsPlace() {
        Problems problems = new Problems();
        CsvTable.read("a.csv", utf8("id,name,id\nA,x,y,lost value\nB,y\n"), problems);
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "a.csv:1:3: error: this column name is already used by column 1",
                "a.csv:2:4: error: a value stands beyond the last named column (the header has 3 columns): "
                        + "nothing may be lost, add a column name or remove the value");
    }

    @Test
    void commentsAboveTheHeaderDoNotMisleadTheSeparator() {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read("k.csv", utf8("# a note; with; semicolons\nid,value\n# more; notes\nA,1\n"),
                problems);
        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.get("value")).contains("1"));
    }

    @Test
    void fallsBackToWindows1252WithAWarning() {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read("old.csv", "id;nom\nA;Déchèterie\n".getBytes(Charset.forName("windows-1252")),
                problems);
        assertThat(table.rows().get(0).get("nom")).contains("Déchèterie");
        assertThat(problems.sorted()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("encoding.windows-1252"));
    }

    @Test
    void reportsMissingColumnsAndAnEmptyFile() {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read("a.csv", utf8("id,nom\n"), problems);
        assertThat(table.requireColumns(java.util.List.of("id", "name", "kind"), problems)).isFalse();
        assertThat(problems.sorted()).extracting(Problem::field).containsExactly("kind", "name");
        Problems empty = new Problems();
        CsvTable.read("e.csv", new byte[0], empty);
        assertThat(empty.sorted()).extracting(Problem::code).containsExactly("csv.empty");
    }

    @Test
    void aQuotedLoneCellHoldingTheOtherSeparatorIsOneValueAndAnUnquotedOneIsNamed() {
        Problems problems = new Problems();
        CsvTable quoted = CsvTable.read("t.csv", "name,zone,notes\n\"Scierie; Dupont\",,\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(quoted.rows()).singleElement().satisfies(r -> assertThat(r.getOrEmpty("name"))
                .isEqualTo("Scierie; Dupont"));
        CsvTable typed = CsvTable.read("t.csv", "name,zone,notes\nScierie;Val;x\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), problems);
        assertThat(typed.rows()).isEmpty();
        assertThat(problems.sorted()).extracting(org.eit.core.problem.Problem::code)
                .containsExactly("csv.wrong-separator");
    }
}
