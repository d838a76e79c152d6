package org.eit.io.sirene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eit.io.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extract of a million lines, generated as it is read (never held whole, here or in the importer), with the
 * official header: the counts come out right at that size. Time and memory are measured in docs/BENCHMARKS.md
 * (1,000,000 lines with a 64 MB heap), never asserted here.
 */
class SireneStreamingTest {
    private static final int LINES = 1_000_000;

    @TempDir
    Path dir;

    /** Rows made on demand: every 3rd closed, communes 03001 to 03100 in turn, every 50th partially diffusible. */
    static final class GeneratedExtract extends InputStream {
        private final int lines;
        private int next = -1;
        private byte[] current = new byte[0];
        private int pos;

        GeneratedExtract(int lines) {
            this.lines = lines;
        }

        private boolean advance() {
            if (next >= lines) {
                return false;
            }
            String text;
            if (next < 0) {
                text = String.join(",", List.of("siren", "nic", "siret", "statutDiffusionEtablissement",
                        "trancheEffectifsEtablissement", "codeCommuneEtablissement", "libelleCommuneEtablissement",
                        "coordonneeLambertAbscisseEtablissement", "coordonneeLambertOrdonneeEtablissement",
                        "etatAdministratifEtablissement", "enseigne1Etablissement",
                        "denominationUsuelleEtablissement", "activitePrincipaleEtablissement",
                        "nomenclatureActivitePrincipaleEtablissement")) + "\n";
            } else {
                long siren = 300_000_000L + next;
                String commune = String.format("03%03d", next % 100 + 1);
                text = siren + ",00011," + siren + "00011," + (next % 50 == 0 ? "P" : "O") + ",11," + commune
                        + ",COMMUNE " + commune + "," + (700_000 + next % 1000) + "," + (6_600_000 + next % 997)
                        + "," + (next % 3 == 0 ? "F" : "A") + ",\"ENSEIGNE " + next + ", SITE\",,10.51C,NAFRev2\n";
            }
            next++;
            current = text.getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            if (pos >= current.length && !advance()) {
                return -1;
            }
            return current[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= current.length && !advance()) {
                return -1;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Test
    void aMillionLinesStreamThrough() throws IOException {
        Path out = dir.resolve("ws");
        SireneImport.Report report = new SireneImport(new SireneImport.Options(Set.of("03001", "03002", "03003"),
                List.of("10.51"), null)).run("generated.csv", new GeneratedExtract(LINES), new OutputFolder(out,
                false));
        assertThat(report.problems()).isEmpty();
        assertThat(report.read()).isEqualTo(LINES);
        long closed = (LINES + 2) / 3;
        assertThat(report.skipped(SireneImport.Skip.CLOSED)).isEqualTo(closed);
        // of the open ones, 3 communes in 100
        long kept = 0;
        for (int i = 0; i < LINES; i++) {
            if (i % 3 != 0 && i % 100 < 3) {
                kept++;
            }
        }
        assertThat(report.kept()).isEqualTo(kept);
        assertThat(report.skipped(SireneImport.Skip.OTHER_COMMUNE)).isEqualTo(LINES - closed - kept);
        assertThat(report.placed(SireneImport.Position.LAMBERT93) + report.placed(SireneImport.Position.MASKED))
                .isEqualTo(kept);
        try (var lines = Files.lines(out.resolve("actors.csv"))) {
            assertThat(lines.count()).isEqualTo(kept + 1);
        }
    }
}
