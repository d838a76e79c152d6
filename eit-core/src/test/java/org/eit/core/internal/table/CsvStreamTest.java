package org.eit.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eit.core.problem.Problems;
import org.junit.jupiter.api.Test;

class CsvStreamTest {

    private static List<String[]> rows(String text, Problems problems) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvStream csv = CsvStream.open("x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                problems)) {
            String[] row;
            while ((row = csv.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void readsRowByRowWithTheHeadersSeparatorAndColumnNames() throws IOException {
        Problems problems = new Problems();
        String text = "siret;Dénomination;effectif\n1;\"Scierie; Dupont\";12\n\n2;\"Deux\nlignes\";3\n";
        try (CsvStream csv = CsvStream.open("x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                problems)) {
            assertThat(csv.separator()).isEqualTo(';');
            assertThat(csv.column("denomination")).isEqualTo(1);
            assertThat(csv.column("Effectif")).isEqualTo(2);
            assertThat(csv.column("absent")).isEqualTo(-1);
            assertThat(csv.next()).containsExactly("1", "Scierie; Dupont", "12");
            assertThat(csv.line()).isEqualTo(2);
            assertThat(csv.next()).containsExactly("2", "Deux\nlignes", "3");
            assertThat(csv.line()).isEqualTo(4);
            assertThat(csv.next()).isNull();
        }
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aCommaFileAndASyntaxError() throws IOException {
        Problems problems = new Problems();
        List<String[]> rows = rows("a,b\n1,2\n3,\"open\n", problems);
        assertThat(rows).hasSize(1);
        assertThat(problems.sorted()).extracting(p -> p.code()).containsExactly("csv.syntax");
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        Problems problems = new Problems();
        assertThat(rows("", problems)).isEmpty();
        assertThat(problems.sorted()).extracting(p -> p.code()).containsExactly("csv.no-header");
    }
}
