package org.eit.io.sirene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Territory;
import org.eit.io.output.OutputFolder;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import of a small extract with the official header of INSEE's StockEtablissement (format 3.11, Lambert-93
 * coordinates): closed establishments, missing coordinates, headcount bands, a partially diffusible row, another
 * commune, another nomenclature, a bad SIRET, a duplicate, an establishment abroad.
 */
class SireneImportTest {
    @TempDir
    Path dir;

    private SireneImport.Report run(String resource, SireneImport.Options options, Path out) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new SireneImport(options).run(resource, in, new OutputFolder(out, false));
        }
    }

    private static Map<String, Actor> actors(Path workspace) {
        Workspace read = new WorkspaceReader().read(workspace);
        assertThat(read.problems()).filteredOn(p -> p.isError()).isEmpty();
        Map<String, Actor> byId = new LinkedHashMap<>();
        read.territory().actors().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    @Test
    void importsTheActiveEstablishmentsOfTheCommunesAskedForAndSaysWhatItLeftOut() throws IOException {
        Path out = dir.resolve("ws");
        SireneImport.Report report = run("extract-allier.csv",
                new SireneImport.Options(Set.of("03190", "03185"), List.of(), null), out);
        assertThat(report.problems()).isEmpty();
        assertThat(report.read()).isEqualTo(12);
        assertThat(report.kept()).isEqualTo(7);
        assertThat(report.skipped()).containsOnly(Map.entry(SireneImport.Skip.CLOSED, 1L),
                Map.entry(SireneImport.Skip.OTHER_COMMUNE, 1L), Map.entry(SireneImport.Skip.ABROAD, 1L),
                Map.entry(SireneImport.Skip.BAD_SIRET, 1L), Map.entry(SireneImport.Skip.DUPLICATE, 1L));
        assertThat(report.naming()).containsOnly(Map.entry(SireneImport.Naming.ENSEIGNE, 2L),
                Map.entry(SireneImport.Naming.USUAL_NAME, 3L), Map.entry(SireneImport.Naming.SIRET, 1L),
                Map.entry(SireneImport.Naming.ANONYMOUS, 1L));
        assertThat(report.positions()).containsOnly(Map.entry(SireneImport.Position.LAMBERT93, 2L),
                Map.entry(SireneImport.Position.MASKED, 1L), Map.entry(SireneImport.Position.NONE, 4L));
        assertThat(report.otherNomenclature()).isEqualTo(1);
        assertThat(report.territoryName()).isEqualTo("Communes de MONTLUCON et MOULINS");

        Map<String, Actor> actors = actors(out);
        assertThat(actors).containsOnlyKeys("38012345600017", "41122233300014", "52233344400011", "21030190000011",
                "74455566600013", "26030001100015", "31255566600019");
        Actor dairy = actors.get("38012345600017");
        assertThat(dairy.name()).isEqualTo("FROMAGERIE DES TROIS VALLEES, SITE NORD");
        assertThat(dairy.kind()).isEqualTo(ActorKind.COMPANY);
        assertThat(dairy.activity()).isEqualTo("10.51C");
        assertThat(dairy.employees()).isEqualTo(35);
        assertThat(dairy.location().latitude()).isCloseTo(46.5660, within(1e-5));
        assertThat(dairy.location().longitude()).isCloseTo(3.3330, within(1e-5));
        assertThat(dairy.zone()).isEqualTo("MOULINS");
        Actor sawmill = actors.get("41122233300014");
        assertThat(sawmill.name()).isEqualTo("SCIERIE DUPRE");
        assertThat(sawmill.employees()).isEqualTo(8);
        assertThat(sawmill.location()).isNull();
        Actor hidden = actors.get("52233344400011");
        assertThat(hidden.name()).isEqualTo("Établissement non diffusible 52233344400011");
        assertThat(hidden.location()).isNull();
        assertThat(hidden.employees()).isEqualTo(2);
        Actor townHall = actors.get("21030190000011");
        assertThat(townHall.name()).isEqualTo("Établissement 21030190000011");
        assertThat(townHall.kind()).isEqualTo(ActorKind.PUBLIC_BODY);
        assertThat(townHall.employees()).isNull();
        assertThat(actors.get("74455566600013").kind()).isEqualTo(ActorKind.FARM);
        assertThat(actors.get("74455566600013").employees()).isZero();
        assertThat(actors.get("26030001100015").employees()).isEqualTo(375);
        assertThat(actors.get("31255566600019").activity()).isNull();

        String csv = Files.readString(out.resolve("actors.csv"));
        assertThat(csv).contains("tranche d'effectifs 12 (20 à 49 salariés, 2022)",
                "tranche d'effectifs NN (non employeur)", "activité 15.3E (NAFRev1) non reprise",
                "diffusion partielle : nom et position non repris");
        assertThat(Files.readString(out.resolve("flows.csv"))).isEqualTo(SireneImport.FLOWS_HEADER + "\n");
        Territory territory = new WorkspaceReader().read(out).territory();
        assertThat(territory.parameters()).containsEntry("estimation.enabled", "true");
        assertThat(territory.flows()).isEmpty();
    }

    @Test
    void filtersByActivityCodesPrefixesAndSections() throws IOException {
        SireneImport.Report byPrefix = run("extract-allier.csv",
                new SireneImport.Options(Set.of(), List.of("10", "1610a"), "Agroalimentaire et bois"),
                dir.resolve("a"));
        assertThat(byPrefix.kept()).isEqualTo(3);
        assertThat(actors(dir.resolve("a"))).containsOnlyKeys("38012345600017", "41122233300014", "52233344400011");
        assertThat(byPrefix.territoryName()).isEqualTo("Agroalimentaire et bois");
        SireneImport.Report bySection = run("extract-allier.csv",
                new SireneImport.Options(Set.of(), List.of("C"), null), dir.resolve("b"));
        // C holds divisions 10 to 33: the dairy, the sawmill, the bakery and the plastics moulder of Clermont
        assertThat(bySection.kept()).isEqualTo(4);
        assertThat(bySection.skipped(SireneImport.Skip.OTHER_ACTIVITY)).isEqualTo(4);
        assertThatThrownBy(() -> new SireneImport(new SireneImport.Options(Set.of(), List.of("10.5Q"), null)))
                .isInstanceOf(SireneImport.BadOption.class);
        assertThatThrownBy(() -> new SireneImport(new SireneImport.Options(Set.of("3190"), List.of(), null)))
                .isInstanceOf(SireneImport.BadOption.class);
    }

    @Test
    void readsTheGeolocatedVersionsCoordinates() throws IOException {
        SireneImport.Report report = run("extract-geolocated.csv",
                new SireneImport.Options(Set.of(), List.of(), null), dir.resolve("g"));
        assertThat(report.positions()).containsOnly(Map.entry(SireneImport.Position.WGS84, 1L),
                Map.entry(SireneImport.Position.LAMBERT93, 1L), Map.entry(SireneImport.Position.IGNORED, 1L));
        Map<String, Actor> actors = actors(dir.resolve("g"));
        assertThat(actors.get("44455566600010").location().latitude()).isCloseTo(46.57, within(1e-9));
        assertThat(actors.get("44455566600010").employees()).isEqualTo(10000);
        assertThat(actors.get("44455566600028").location().latitude()).isCloseTo(46.5590, within(1e-5));
        assertThat(actors.get("44455566600036").location()).isNull();
    }

    @Test
    void anExtractWithoutTheOfficialColumnsWritesNothing() throws IOException {
        Path out = dir.resolve("none");
        SireneImport.Report report = new SireneImport(new SireneImport.Options(Set.of(), List.of(), null)).run(
                "other.csv", new ByteArrayInputStream("id;nom\n1;x\n".getBytes(StandardCharsets.UTF_8)),
                new OutputFolder(out, false));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.problems()).extracting(p -> p.code()).containsOnly("sirene.missing-column");
        assertThat(out).doesNotExist();
    }

    @Test
    void neverOverwritesAUsersFile() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("actors.csv"), "my own actors");
        assertThatThrownBy(() -> run("extract-allier.csv", new SireneImport.Options(Set.of(), List.of(), null), out))
                .isInstanceOf(OutputFolder.RefusedOverwrite.class);
        assertThat(Files.readString(out.resolve("actors.csv"))).isEqualTo("my own actors");
    }

    @Test
    void headcountBandsAreInseesAndKindsFollowActivityOrLegalCategory() {
        assertThat(SireneImport.BANDS).hasSize(15);
        assertThat(SireneImport.BANDS.get("01")).containsExactly(1, 2);
        assertThat(SireneImport.BANDS.get("53")).containsExactly(10000, -1);
        assertThat(SireneImport.kind("38.11Z", "")).isEqualTo(ActorKind.WASTE_OPERATOR);
        assertThat(SireneImport.kind("37.00Z", "")).isEqualTo(ActorKind.UTILITY);
        assertThat(SireneImport.kind("88.99B", "9220")).isEqualTo(ActorKind.ASSOCIATION);
        assertThat(SireneImport.kind("86.10Z", "7364")).isEqualTo(ActorKind.PUBLIC_BODY);
    }
}
