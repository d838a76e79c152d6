package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eit.core.api.SourceFile;
import org.eit.core.model.Flow;
import org.eit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of issue 14's "What was measured", each as a study lead met it: every one failed before the fix. (The
 * {@code --out} case is in eit-cli's {@code AnalyzeCommandTest}.)
 */
class MeasuredCasesTest {
    private static final WorkspaceReader READER = new WorkspaceReader();
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private static final String ACTORS = """
            id;name;kind;activity;employees;latitude;longitude;zone
            A1;Scierie;company;16.10A;25;46,5012;3,2011;Nord
            A2;Chaufferie;utility;35.30Z;2;46,5105;3,1902;Bourg
            A3;Menuiserie;company;16.23Z;12;46,4801;3,2410;Bourg
            A4;Fromagerie;company;10.51C;40;46,5333;3,2222;Nord
            A5;Lycée;public-body;85.31Z;90;46,4950;3,1750;Bourg
            """;
    private static final String FLOWS_HEADER =
            "id;actor;direction;resource;description;quantity;unit;period;temperature_c;cost_eur_per_unit;source;notes\n";

    private Workspace workspace(String settings, String actors, String flows) throws IOException {
        Files.writeString(dir.resolve("territory.yaml"), settings, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actors.csv"), actors, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("flows.csv"), flows, StandardCharsets.UTF_8);
        return READER.read(dir);
    }

    private static List<String> lines(Workspace w) {
        return w.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
    }

    @Test
    void aDotBetweenThousandsInADecimalCommaFileIsReadAsThousands() throws IOException {
        Workspace w = workspace("name: T\n", ACTORS, FLOWS_HEADER
                + "F1;A1;offer;sawdust;;1.250;t;an;;12,5;measured;\n"
                + "F2;A2;demand;sawdust;;2.000,5;t;an;;;measured;\n");
        assertThat(w.isValid()).as("%s", w.problems()).isTrue();
        List<Flow> flows = w.territory().flows();
        assertThat(flows.get(0).quantity().value()).isEqualTo(1250.0);
        assertThat(flows.get(0).costPerUnit()).isEqualTo(12.5);
        assertThat(flows.get(1).quantity().value()).isEqualTo(2000.5);
        assertThat(w.problems()).isEmpty();
    }

    @Test
    void aValueThatStaysAmbiguousIsAWarningSayingHowItWasRead() throws IOException {
        Workspace w = workspace("name: T\n", ACTORS, FLOWS_HEADER + "F1;A1;offer;sawdust;;1.250;t;an;;;measured;\n");
        assertThat(w.territory().flows().get(0).quantity().value()).isEqualTo(1250.0);
        assertThat(lines(w)).containsExactly("flows.csv:2:6: warning: quantity = '1.250': ambiguous: read as 1250, "
                + "with the decimal comma of semicolon-separated files, since no other number of the file shows its "
                + "decimal mark; write it without a thousands separator (1250, 1,25) to be sure");
    }

    @Test
    void aDecimalPointAmongDecimalCommasIsReadAndSaid() throws IOException {
        Workspace w = workspace("name: T\n", ACTORS, FLOWS_HEADER
                + "F1;A1;offer;sawdust;;12,5;t;an;;;measured;\n"
                + "F2;A1;offer;wood-shavings;;7.5;t;an;;;measured;\n"
                + "F3;A2;demand;sawdust;;3,25;t;an;;;measured;\n");
        assertThat(w.territory().flows().get(1).quantity().value()).isEqualTo(7.5);
        assertThat(w.problems()).extracting(Problem::code).containsExactly("number.point-among-commas");
    }

    @Test
    void settingsRulesAndKnowledgeSavedInWindows1252AreDecodedWithAWarning() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.createDirectories(dir.resolve("knowledge"));
        Files.write(dir.resolve("rules/extra.drl"), "package extra;\n// mélange de sciures\n".getBytes(CP1252));
        Files.write(dir.resolve("knowledge/substitutions.csv"),
                "offered,demanded,ratio,preparation_fr\nsawdust,wood-fuel-chips,1,mélange\n".getBytes(CP1252));
        Files.write(dir.resolve("territory.yaml"), "name: Communauté de communes du Val\n".getBytes(CP1252));
        Files.writeString(dir.resolve("actors.csv"), ACTORS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("flows.csv"), FLOWS_HEADER + "F1;A1;offer;sawdust;;10;t;an;;;measured;\n",
                StandardCharsets.UTF_8);
        Workspace w = READER.read(dir);
        assertThat(w.territory().name()).isEqualTo("Communauté de communes du Val");
        assertThat(w.rules()).extracting(SourceFile::content).singleElement().asString().contains("mélange");
        assertThat(w.knowledge()).extracting(SourceFile::content).singleElement().asString().contains("mélange");
        assertThat(w.problems()).extracting(p -> p.file() + " " + p.code()).containsExactly(
                "knowledge/substitutions.csv encoding.windows-1252",
                "rules/extra.drl encoding.windows-1252",
                "territory.yaml encoding.windows-1252");
        assertThat(lines(w)).noneMatch(line -> line.contains("\uFFFD"));
    }

    @Test
    void anExcelUnicodeTextExportIsReadAsUtf16WithTabs() throws IOException {
        String flows = (FLOWS_HEADER + "F1;A1;offer;sawdust;sciure de chêne;800;t;an;;12,5;mesuré;\n")
                .replace(';', '\t').replace("\n", "\r\n");
        byte[] utf16 = flows.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.writeString(dir.resolve("territory.yaml"), "name: T\n");
        Files.writeString(dir.resolve("actors.csv"), ACTORS);
        Files.write(dir.resolve("flows.csv"), withBom);
        Workspace w = READER.read(dir);
        assertThat(w.problems()).isEmpty();
        Flow flow = w.territory().flows().get(0);
        assertThat(flow.description()).isEqualTo("sciure de chêne");
        assertThat(flow.costPerUnit()).isEqualTo(12.5);
    }

    @Test
    void swappedLatitudeAndLongitudeAreNoticedWithWhatWasMeant() throws IOException {
        Workspace w = workspace("name: T\n", ACTORS + "A6;Laiterie;company;10.51C;30;3,2100;46,5200;Nord\n",
                FLOWS_HEADER + "F1;A1;offer;sawdust;;10;t;an;;;measured;\n");
        assertThat(w.isValid()).isTrue();
        assertThat(lines(w)).singleElement().asString().startsWith("actors.csv:7:6: warning: latitude = '3,2100': "
                + "this actor is ").endsWith("probably meant latitude 46.52, longitude 3.21 (latitude and longitude "
                + "swapped)");
    }

    @Test
    void aHeaderOnlyFlowsFileSaysItHasNoRows() throws IOException {
        Workspace w = workspace("name: T\n", ACTORS, FLOWS_HEADER);
        assertThat(w.isValid()).isFalse();
        assertThat(lines(w)).containsExactly("flows.csv: error: the file has a header but no rows");
    }

    @Test
    void anEmptyFileIsOneError() throws IOException {
        Workspace w = workspace("name: T\n", "", FLOWS_HEADER + "F1;A1;offer;sawdust;;10;t;an;;;measured;\n");
        assertThat(w.problems().stream().filter(p -> p.file().equals("actors.csv")).map(p -> p.format(Locale.ENGLISH)))
                .containsExactly("actors.csv: error: the file is empty");
    }

    @Test
    void aFlowOfAnActorWhoseRowIsInvalidSaysSo() throws IOException {
        Workspace w = workspace("name: T\n", ACTORS.replace("A2;Chaufferie;utility", "A2;Chaufferie;utilité"),
                FLOWS_HEADER + "F1;A2;offer;sawdust;;10;t;an;;;measured;\n");
        assertThat(lines(w)).filteredOn(line -> line.startsWith("flows.csv")).containsExactly(
                "flows.csv:2:2: error: actor = 'A2': this actor is listed (actors.csv line 3) but its row has errors, "
                        + "reported there: fix them and this flow can be used");
    }

    @Test
    void aWrongUnitIsNotFollowedByAMisleadingNoQuantity() throws IOException {
        Workspace w = workspace("name: T\n", ACTORS, FLOWS_HEADER + "F1;A1;offer;sawdust;;10;tonnnes;an;;12,5;measured;\n");
        assertThat(w.problems()).extracting(Problem::code).containsExactly("unit.unknown");
    }
}
