package org.eit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTablesTest {
    private static String text(byte[] bytes, int skip) {
        return new String(Arrays.copyOfRange(bytes, skip, bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void theFrenchStyleIsWhatAFrenchSpreadsheetReads() {
        Map<String, byte[]> files = CsvTables.write(ReportFixtures.inputs(Locale.FRENCH), CsvStyle.FR);
        assertThat(files.keySet()).containsExactlyElementsOf(CsvTables.FILES);
        for (byte[] file : files.values()) {
            assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        }
        String synergies = text(files.get(CsvTables.SYNERGIES), 3);
        String[] lines = synergies.split("\r\n");
        assertThat(lines[0]).startsWith("identifiant;statut;type;ressource_id;ressource;");
        // Decimal comma, no thousands separator, a cell with the separator quoted.
        assertThat(lines[1]).startsWith("S-0001;retenue;substitution;sawdust;").contains(";720;720;t;1,4;4;moyenne;")
                .contains(";30000;42000;51000;EUR;").contains("Scierie <Dupont> & Fils | Chaufferie | Réseau *Val*");
        assertThat(lines).hasSize(3);
        String gains = text(files.get(CsvTables.GAINS), 3);
        assertThat(gains).contains("territoire;Économiques;net;Gain net;30000;42000;51000;EUR/yr;")
                .contains("prices.csv wood-fuel-chips [34480] 2023");
        assertThat(text(files.get(CsvTables.ACTIONS), 3)).contains("action:collect;2;Collecte partagée;gain rapide;");
        assertThat(text(files.get(CsvTables.AFOM), 3)).contains("afom:threat:1;Menaces;La fermeture de l'ISDND voisine.");
        assertThat(text(files.get(CsvTables.FLOWS), 3)).contains("F9;A3;GAEC des Prés;offre;;Sciure de bois;bidule de GAEC des Prés;")
                .contains("F1;31234567800011;Scierie <Dupont> & Fils;offre;sawdust;Sciure de bois;");
    }

    @Test
    void theEnglishStyleUsesCommasAndAPointWithoutBom() {
        Map<String, byte[]> files = CsvTables.write(ReportFixtures.inputs(Locale.ENGLISH), CsvStyle.EN);
        byte[] synergies = files.get(CsvTables.SYNERGIES);
        assertThat(synergies[0]).isEqualTo((byte) 'i');
        String[] lines = text(synergies, 0).split("\r\n");
        assertThat(lines[0]).startsWith("id,status,kind,resource_id,resource,");
        assertThat(lines[1]).contains(",720,720,t,1.4,4,medium,").contains(",30000,42000,51000,EUR,");
        assertThat(lines[1]).endsWith(",EUR,Scierie <Dupont> & Fils has 800 t of sawdust for Chaufferie | Réseau *Val*.");
        assertThat(text(files.get(CsvTables.FLOWS), 0)).contains("F1,31234567800011,Scierie <Dupont> & Fils,offer,");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaStaysText() {
        var territory = ReportFixtures.territory();
        var actors = new java.util.ArrayList<>(territory.actors());
        var a = actors.get(2);
        actors.set(2, new org.eit.core.model.Actor(a.id(), "=HYPERLINK(\"x\")", a.kind(), a.activity(),
                a.employees(), a.location(), a.zone()));
        var changed = new org.eit.core.model.Territory(territory.name(), territory.language(), territory.currency(),
                territory.parameters(), actors, territory.flows());
        var inputs = new ReportInputs(changed, org.eit.core.resource.ResourceTaxonomy.shipped(),
                ReportFixtures.diagnostic(), null, java.util.List.of(), Locale.ENGLISH, false);
        String flows = text(CsvTables.write(inputs, CsvStyle.EN).get(CsvTables.FLOWS), 0);
        assertThat(flows).contains(",\"'=HYPERLINK(\"\"x\"\")\",").doesNotContain(",=HYPERLINK");
    }

    @Test
    void aCellLongerThanASpreadsheetHoldsIsCutAtAWordAndSaysSo() {
        // Excel keeps 32,767 characters of a cell and spills the rest of a CSV cell over the next rows.
        var territory = ReportFixtures.territory();
        var actors = new java.util.ArrayList<>(territory.actors());
        var a = actors.get(2);
        String name = "Scierie ".repeat(5_000).trim();
        actors.set(2, new org.eit.core.model.Actor(a.id(), name, a.kind(), a.activity(), a.employees(),
                a.location(), a.zone()));
        var changed = new org.eit.core.model.Territory(territory.name(), territory.language(), territory.currency(),
                territory.parameters(), actors, territory.flows());
        var inputs = new ReportInputs(changed, org.eit.core.resource.ResourceTaxonomy.shipped(),
                ReportFixtures.diagnostic(), null, java.util.List.of(), Locale.ENGLISH, false);
        String flows = text(CsvTables.write(inputs, CsvStyle.EN).get(CsvTables.FLOWS), 0);
        // Quoted: the note it ends with holds a comma.
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"(Scierie Scierie[^\"]*)\"")
                .matcher(flows);
        assertThat(quoted.find()).isTrue();
        String cell = quoted.group(1);
        assertThat(cell.length()).isLessThanOrEqualTo(32_767);
        assertThat(cell).startsWith("Scierie Scierie").contains("Scierie …")
                .endsWith("(cut to fit a spreadsheet cell: 39,999 characters in all; the whole text is in "
                        + "diagnostic.json)");
        assertThat(flows.split("\r\n")).hasSameSizeAs(text(CsvTables.write(ReportFixtures.inputs(Locale.ENGLISH),
                CsvStyle.EN).get(CsvTables.FLOWS), 0).split("\r\n"));
    }

    @Test
    void theStyleFollowsTheLanguageAndParsesItsNames() {
        assertThat(CsvStyle.of(Locale.FRENCH)).isEqualTo(CsvStyle.FR);
        assertThat(CsvStyle.of(Locale.ENGLISH)).isEqualTo(CsvStyle.EN);
        assertThat(CsvStyle.parse(" FR ")).contains(CsvStyle.FR);
        assertThat(CsvStyle.parse("excel")).isEmpty();
    }
}
