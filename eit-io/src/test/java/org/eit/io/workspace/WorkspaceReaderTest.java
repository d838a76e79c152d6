package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eit.core.model.Confidence;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Language;
import org.eit.core.model.Territory;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problem;
import org.eit.core.resource.Resolution;
import org.eit.core.unit.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceReaderTest {
    private static final WorkspaceReader READER = new WorkspaceReader();

    @TempDir
    Path dir;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(WorkspaceReaderTest.class.getResource("/workspaces/" + name).toURI());
    }

    private Workspace read(String name) throws URISyntaxException {
        Workspace workspace = READER.read(resource(name));
        assertThat(workspace.problems()).as("%s: %s", name, workspace.problems()).isEmpty();
        assertThat(workspace.isValid()).isTrue();
        return workspace;
    }

    @Test
    void aFrenchSpreadsheetExportReadsIntoTheTerritory() throws Exception {
        Territory territory = read("french").territory();
        assertThat(territory.name()).isEqualTo("Zone test des Érables");
        assertThat(territory.language()).isEqualTo(Language.FR);
        assertThat(territory.parameters()).containsEntry("transport.modes", "pipe,truck");
        assertThat(territory.actors()).hasSize(3);
        assertThat(territory.actor("A3").orElseThrow().employees()).isEqualTo(1250);
        assertThat(territory.actor("A1").orElseThrow().activity()).isEqualTo("16.10A");
        assertThat(territory.actor("A1").orElseThrow().location().latitude()).isEqualTo(46.5012);

        Flow sawdust = territory.flows().get(0);
        assertThat(sawdust.direction()).isEqualTo(Direction.OFFER);
        assertThat(sawdust.quantity().value()).isEqualTo(1234.5);
        assertThat(sawdust.quantity().period()).isEqualTo(Period.YEAR);
        assertThat(sawdust.costPerUnit()).isEqualTo(12.5);
        assertThat(sawdust.source()).isEqualTo(DataSource.MEASURED);
        assertThat(sawdust.effectiveConfidence()).isEqualTo(Confidence.HIGH);

        Flow chips = territory.flows().get(1);
        assertThat(chips.resourceId()).isEqualTo("wood-fuel-chips");
        assertThat(chips.direction()).isEqualTo(Direction.DEMAND);

        Flow heat = territory.flows().get(2);
        assertThat(heat.temperatureC()).isEqualTo(45.0);
        assertThat(heat.quantity().annual().value()).isEqualTo(2.5 * 365);

        Flow gypsum = territory.flows().get(3);
        assertThat(gypsum.resourceId()).isEqualTo("fgd-gypsum");
        assertThat(gypsum.wasteCode()).isEqualTo("10 01 05");
        assertThat(gypsum.hazardous()).isFalse();
    }

    @Test
    void theSameTerritoryReadsAlikeFromFrenchCsvEnglishCsvJsonAndYaml() throws Exception {
        Territory french = read("french").territory();
        assertThat(read("english").territory()).isEqualTo(french);
        assertThat(read("territory.json").territory()).isEqualTo(french);
        assertThat(read("territory.yaml").territory()).isEqualTo(french);
    }

    @Test
    void saysHowEachResourceWasDecided() throws Exception {
        Workspace workspace = read("french");
        assertThat(workspace.classifications()).extracting(FlowClassification::flowId, FlowClassification::method)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("F1", Resolution.Method.ID),
                        org.assertj.core.groups.Tuple.tuple("F2", Resolution.Method.LABEL),
                        org.assertj.core.groups.Tuple.tuple("F3", Resolution.Method.ID),
                        org.assertj.core.groups.Tuple.tuple("F4", Resolution.Method.WASTE_CODE));
        assertThat(workspace.classifications().get(1).at().toString()).isEqualTo("flows.csv:3:5");
    }

    // --- One small bad workspace per problem: file, line, column, field and value in the message. ---

    private static final String SETTINGS = "name: Test\nlanguage: en\n";
    private static final String ACTORS = """
            id,name,kind,activity,employees,latitude,longitude,zone
            A1,Sawmill,company,16.10A,25,46.50,3.20,North
            A2,Boiler house,utility,35.30Z,2,46.51,3.19,Town
            """;
    private static final String FLOWS_HEADER =
            "id,actor,direction,resource,description,quantity,unit,period,temperature_c,cost_eur_per_unit,source,"
                    + "notes\n";

    private Workspace workspace(String actors, String flows) throws IOException {
        Files.writeString(dir.resolve("territory.yaml"), SETTINGS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actors.csv"), actors, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("flows.csv"), flows, StandardCharsets.UTF_8);
        return READER.read(dir);
    }

    private List<String> errors(Workspace workspace) {
        assertThat(workspace.isValid()).isFalse();
        assertThat(workspace.validTerritory()).isEmpty();
        assertThatThrownBy(workspace::territory).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).isNotEmpty().allMatch(Problem::isError));
        return workspace.problems().stream().filter(Problem::isError).map(p -> p.format(Locale.ENGLISH)).toList();
    }

    @Test
    void anUnknownActorIsNamedWithTheClosestId() throws IOException {
        Workspace w = workspace(ACTORS, FLOWS_HEADER + "F1,A3,offer,sawdust,,10,t,year,,,measured,\n"
                + "F2,B1,offer,sawdust,,10,t,year,,,measured,\n");
        assertThat(errors(w)).containsExactly(
                "flows.csv:2:2: error: actor = 'A3': no actor has this id in the actors; did you mean A1?",
                "flows.csv:3:2: error: actor = 'B1': no actor has this id in the actors; did you mean A1?");
    }

    @Test
    void duplicateIdsNameTheFirstLine() throws IOException {
        Workspace w = workspace(ACTORS + "A1,Other,company,,,46.5,3.2,\n",
                FLOWS_HEADER + "F1,A1,offer,sawdust,,10,t,year,,,measured,\nF1,A2,demand,sawdust,,5,t,year,,,measured,\n");
        assertThat(errors(w)).containsExactly(
                "actors.csv:4:1: error: id = 'A1': this id is already used on line 2",
                "flows.csv:3:1: error: id = 'F1': this id is already used on line 2");
    }

    @Test
    void aNegativeQuantityIsRefused() throws IOException {
        Workspace w = workspace(ACTORS, FLOWS_HEADER + "F1,A1,offer,sawdust,,-10,t,year,,,measured,\n");
        assertThat(errors(w)).containsExactly("flows.csv:2:6: error: quantity = '-10': must not be negative");
    }

    @Test
    void anUnknownUnitIsRefusedWithCloseUnits() throws IOException {
        Workspace w = workspace(ACTORS, FLOWS_HEADER + "F1,A1,offer,sawdust,,10,tonnnes,year,,,measured,\n");
        assertThat(errors(w)).singleElement().asString()
                .startsWith("flows.csv:2:7: error: unit = 'tonnnes': unknown unit (known units close to it: ")
                .contains("t");
    }

    @Test
    void aUnitThatDoesNotFitTheResourceIsRefused() throws IOException {
        Workspace w = workspace(ACTORS, FLOWS_HEADER + "F1,A1,offer,sawdust,,10,MWh,year,,,measured,\n");
        assertThat(errors(w)).containsExactly("flows.csv:2:7: error: unit = 'MWh': this unit does not fit resource "
                + "sawdust, which is measured in t (convert the quantity or check the resource)");
    }

    @Test
    void coordinatesOutOfRangeAreRefused() throws IOException {
        Workspace w = workspace(ACTORS.replace("46.50,3.20", "95.3,3.20").replace("46.51,3.19", "46.51,-190"),
                FLOWS_HEADER);
        assertThat(errors(w)).containsExactly(
                "actors.csv:2:6: error: latitude = '95.3': latitude must be between -90 and 90 (decimal degrees, "
                        + "WGS84)",
                "actors.csv:3:7: error: longitude = '-190': longitude must be between -180 and 180 (decimal "
                        + "degrees, WGS84)",
                "flows.csv: error: the file has a header but no rows");
    }

    @Test
    void anUnresolvableResourceComesWithSuggestions() throws IOException {
        Workspace w = workspace(ACTORS, FLOWS_HEADER + "F1,A1,offer,,résidus divers,10,t,year,,,measured,\n"
                + "F2,A1,offer,,zorglub,10,t,year,,,measured,\n");
        assertThat(w.isValid()).as("an unclear line never stops a study").isTrue();
        List<String> warnings = w.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
        assertThat(warnings.get(0)).startsWith("flows.csv:2:5: warning: description = 'résidus divers': no resource "
                + "fits this text well enough: the flow is set aside to classify; closest: ");
        assertThat(warnings.get(1)).isEqualTo("flows.csv:3:5: warning: description = 'zorglub': no resource of the "
                + "taxonomy fits this text: the flow is set aside to classify; name its resource (an id, a name from "
                + "resources.csv or a List of Waste code)");
        assertThat(w.territory().flows()).isEmpty();
        assertThat(w.territory().toClassify()).extracting(f -> f.id() + " " + f.text())
                .containsExactly("F1 résidus divers", "F2 zorglub");
        assertThat(w.territory().toClassify().get(0).candidates()).isNotEmpty();
        assertThat(errors(w.strict())).hasSize(2);
    }

    @Test
    void missingRequiredColumnsAreNamed() throws IOException {
        Workspace w = workspace("id,title,latitude,longitude\nA1,Sawmill,46.5,3.2\n", "id,actor,quantity\n");
        assertThat(errors(w)).containsExactly(
                "actors.csv:1: error: kind: required column is missing (columns found: id, title, latitude, longitude)",
                "actors.csv:1: error: name: required column is missing (columns found: id, title, latitude, "
                        + "longitude)",
                "flows.csv:1: error: direction: required column is missing (columns found: id, actor, quantity)");
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() throws IOException {
        Workspace w = workspace(ACTORS, FLOWS_HEADER
                + "F1,A9,sideways,sawdust,,ten,t,year,,,measured,\n"
                + "F2,A1,offer,sawdust,,10,t,fortnight,,,gossip,\n"
                + "F3,A1,offer,,,10,t,year,,,measured,\n");
        assertThat(errors(w)).hasSize(6).allMatch(line -> line.startsWith("flows.csv:"));
        assertThat(w.problems()).extracting(Problem::field)
                .contains("actor", "direction", "quantity", "period", "source", "resource");
    }

    @Test
    void warningsAreDistinctFromErrorsAndKeepTheDataUsable() throws IOException {
        Workspace w = workspace(ACTORS + "A3,No place,company,99.99X,10-19,,,\n",
                FLOWS_HEADER + "F1,A1,offer,sawdust,,10,t,,,,,\nF2,A3,demand,13 02 05,,2,t,year,,,declared,\n");
        assertThat(w.isValid()).isTrue();
        assertThat(w.problems()).allMatch(p -> !p.isError());
        assertThat(w.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                "actor.unknown-activity", "actor.headcount-band", "actor.no-location", "flow.no-period",
                "flow.no-source", "waste-code.hazardous");
        assertThat(w.territory().actor("A3").orElseThrow().employees()).isEqualTo(15);
        Flow oil = w.territory().flows().get(1);
        assertThat(oil.hazardous()).isTrue();
        assertThat(w.territory().flows().get(0).source()).isEqualTo(DataSource.ESTIMATED);
    }

    @Test
    void aDocumentReportsTypoFieldsAndDuplicateKeysWithLineAndColumn() throws IOException {
        String json = """
                {"name": "T", "language": "en",
                 "actors": [{"id": "A1", "name": "X", "kind": "company", "latitude": 46.5, "longitud": 3.2}],
                 "flows": [],
                 "name": "again"}
                """;
        Workspace w = READER.readDocument("t.json", json, false);
        assertThat(errors(w)).containsExactly(
                "t.json:2:13: error: longitude: latitude and longitude go together; this one is missing",
                "t.json:2:76: error: actors[0].longitud: unknown field (known fields: id, name, kind, activity, "
                        + "employees, latitude, longitude, zone, notes, organic, abp_approved, "
                        + "accepts_sewage_sludge)",
                "t.json:3:11: error: flows: the list is empty: a territory needs at least one",
                "t.json:4:2: error: name: this key is already given on line 1");
    }

    @Test
    void aMissingFileOrFolderIsReported() throws IOException {
        Files.writeString(dir.resolve("territory.yaml"), SETTINGS);
        assertThat(errors(READER.read(dir))).containsExactly(
                "actors.csv: error: required file is missing from the workspace",
                "flows.csv: error: required file is missing from the workspace");
        assertThat(errors(READER.read(dir.resolve("nope")))).singleElement().asString()
                .endsWith("no workspace folder or document at this path");
    }

    @Test
    void rulesAndKnowledgeFilesOfTheWorkspaceAreCollected() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(dir.resolve("rules/b.drl"), "package b;");
        Files.writeString(dir.resolve("rules/a.drl"), "package a;");
        Files.writeString(dir.resolve("rules/notes.txt"), "not a rule");
        Files.writeString(dir.resolve("knowledge/substitutions.csv"), "offered,demanded\n");
        Files.writeString(dir.resolve("knowledge/resources.csv"),
                "id,parent,kind,label_fr,label_en,unit\nhemp-shives,crop-residues,waste,Chènevotte,Hemp shives,t\n");
        Workspace w = workspace(ACTORS, FLOWS_HEADER + "F1,A1,offer,Hemp shives,,10,t,year,,,measured,\n");
        assertThat(w.problems()).isEmpty();
        assertThat(w.rules()).extracting(org.eit.core.api.SourceFile::name).containsExactly("rules/a.drl",
                "rules/b.drl");
        assertThat(w.knowledge()).extracting(org.eit.core.api.SourceFile::name)
                .containsExactly("knowledge/substitutions.csv");
        assertThat(w.territory().flows().get(0).resourceId()).isEqualTo("hemp-shives");
    }
}
