package org.eit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console table shows names whole when the terminal is wide enough, and cuts only what does not fit. */
class SummaryTableWidthTest {
    private static final String RESOURCE = "Drêches de brasserie → Alimentation animale";
    private static final String PARTNERS = "Brasserie artisanale du Val d'Allier → GAEC des Prés de Vernelle";

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "Type", "Ressource", "Partenaires", "Quantité", "Distance", "Chertow",
            "Confiance", "Gain net/an"});
        rows.add(new String[] {"S-e9ed52932f", "substitution", RESOURCE, PARTNERS, "62 t/an", "3,3 km", "4",
            "moyenne", "10 100"});
        rows.add(null);
        rows.add(new String[] {"I-ecbb43f729", "substitution", "Chutes", "Plasturgie", "57 t/an", "0 km", "2",
            "moyenne", "54 200"});
        return rows;
    }

    @Test
    void aWideTerminalShowsEveryNameWhole() {
        String table = SummaryTable.table(rows(), 200);
        assertThat(table).contains(RESOURCE, PARTNERS).doesNotContain("…");
        // The blank line between synergies and internal loops stays.
        assertThat(table).contains("\n\nI-ecbb43f729");
    }

    @Test
    void aNarrowTerminalCutsOnlyTheNamesThatDoNotFit() {
        String table = SummaryTable.table(rows(), 120);
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(table).contains("…", "S-e9ed52932f", "substitution", "62 t/an", "3,3 km", "10 100");
        // The short names of the other row still fit whole.
        assertThat(table).contains("Chutes ", "Plasturgie ");
        // Exactly as wide as the table: nothing cut; one character less: the widest name gives way.
        String fitted = SummaryTable.table(rows(), 190);
        assertThat(fitted).contains(RESOURCE, PARTNERS).doesNotContain("…");
        String tight = SummaryTable.table(rows(), 189);
        assertThat(tight).contains(RESOURCE, PARTNERS.substring(0, PARTNERS.length() - 2) + "…");
    }
}
