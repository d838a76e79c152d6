package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.core.problem.Problem;
import org.eit.core.unit.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study lead may head the workspace's files in French, as French values are read: one test per file kind. */
class FrenchColumnNamesTest {
    private static final WorkspaceReader READER = new WorkspaceReader();
    private static final String ACTORS = """
            identifiant;nom;type;activité;effectif;latitude;longitude;commune
            A1;Scierie du Val;entreprise;16.10A;12;46,5012;3,2014;Vernelle
            A2;Chaufferie bois;régie;35.30Z;3;46,5113;3,2021;Vernelle
            """;
    private static final String FLOWS = """
            identifiant;acteur;sens;ressource;description;quantité;unité;période;source
            F1;A1;offre;sciure;Sciure de résineux;800;t;an;mesuré
            F2;A2;demande;;plaquettes de bois pour la chaudière;1200;t;an;déclaré
            """;

    @TempDir
    Path dir;

    private Workspace read(String actors, String flows, String observations) throws IOException {
        Files.writeString(dir.resolve("territory.yaml"), "name: Val\nlanguage: fr\n");
        Files.writeString(dir.resolve("actors.csv"), actors);
        Files.writeString(dir.resolve("flows.csv"), flows);
        if (observations != null) {
            Files.writeString(dir.resolve("observations.csv"), observations);
        }
        return READER.read(dir);
    }

    @Test
    void actorsHeadedInFrenchAreRead() throws IOException {
        Workspace workspace = read(ACTORS, FLOWS, null);
        assertThat(workspace.problems()).isEmpty();
        Territory territory = workspace.territory();
        assertThat(territory.actor("A1").orElseThrow().name()).isEqualTo("Scierie du Val");
        assertThat(territory.actor("A1").orElseThrow().activity()).isEqualTo("16.10A");
        assertThat(territory.actor("A1").orElseThrow().employees()).isEqualTo(12);
        assertThat(territory.actor("A1").orElseThrow().zone()).isEqualTo("Vernelle");
        assertThat(territory.actor("A2").orElseThrow().location().latitude()).isEqualTo(46.5113);
    }

    @Test
    void flowsHeadedInFrenchAreRead() throws IOException {
        // Upper case and missing accents too: headers are compared folded.
        Workspace workspace = read(ACTORS, FLOWS.replace("quantité;unité;période", "QUANTITE;Unite;Periode"), null);
        assertThat(workspace.problems()).isEmpty();
        Flow sawdust = workspace.territory().flows().get(0);
        assertThat(sawdust.actorId()).isEqualTo("A1");
        assertThat(sawdust.direction()).isEqualTo(Direction.OFFER);
        assertThat(sawdust.resourceId()).isEqualTo("sawdust");
        assertThat(sawdust.quantity().value()).isEqualTo(800);
        assertThat(sawdust.quantity().period()).isEqualTo(Period.YEAR);
        assertThat(workspace.territory().flows().get(1).direction()).isEqualTo(Direction.DEMAND);
    }

    @Test
    void observationsHeadedInFrenchAreRead() throws IOException {
        Workspace workspace = read(ACTORS, FLOWS, """
                identifiant;acteur;thème;texte;étiquettes;date;source
                O1;A1;réseau;La scierie cherche un repreneur pour sa sciure;sciure|débouché;15/03/2026;entretien
                """);
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.territory().observations()).singleElement().satisfies(o -> {
            assertThat(o.actorId()).isEqualTo("A1");
            assertThat(o.theme()).isEqualTo("reseau");
            assertThat(o.text()).startsWith("La scierie");
            assertThat(o.tags()).containsExactly("sciure", "debouche");
        });
    }

    @Test
    void problemsNameTheColumnAsTheFileHeadsIt() throws IOException {
        Workspace workspace = read(ACTORS, FLOWS.replace("1200;t;an", "1200;MWh;an")
                .replace("F1;A1", "F1;A9"), null);
        List<String> messages = workspace.problems().stream().map(p -> p.format(Locale.FRENCH)).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("flows.csv:2:2: erreur: acteur = 'A9'"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("flows.csv:3:7: erreur: unité = 'MWh'"));
        assertThat(workspace.problems()).extracting(Problem::field).doesNotContain("actor", "unit");
    }

    @Test
    void aColumnNamedTwiceByItsNameAndAnAliasIsAnError() throws IOException {
        Workspace workspace = read(ACTORS.replace("identifiant;nom", "identifiant;id"), FLOWS, null);
        assertThat(workspace.isValid()).isFalse();
        assertThat(workspace.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("csv.duplicate-column");
            assertThat(p.file()).isEqualTo("actors.csv");
            assertThat(p.column()).isEqualTo(2);
        });
    }

    @Test
    void englishHeadersReadAsBeforeAndNoAliasHidesAColumn() throws IOException {
        Workspace english = read("id,name,kind\nA1,Mill,company\n",
                "id,actor,direction,resource,quantity,unit\nF1,A1,offer,sawdust,10,t/year\n", null);
        assertThat(english.isValid()).isTrue();
        assertThat(english.problems()).extracting(Problem::field).containsOnly("latitude", "source");
        for (String file : List.of(WorkspaceReader.ACTORS_FILE, WorkspaceReader.FLOWS_FILE,
                WorkspaceReader.OBSERVATIONS_FILE)) {
            List<String> fields = ColumnAliases.fields(file);
            assertThat(ColumnAliases.of(file)).isNotEmpty();
            ColumnAliases.of(file).forEach((alias, field) -> {
                assertThat(fields).as("%s: %s", file, alias).contains(field).doesNotContain(alias);
                assertThat(CsvTable.columnKey(alias)).isEqualTo(alias);
            });
        }
    }
}
