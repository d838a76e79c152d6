package org.eit.io.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eit.core.internal.activity.ActivityProfiles;
import org.eit.core.model.DataSource;
import org.eit.core.model.Flow;
import org.eit.core.problem.Problem;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceEstimationTest {
    @TempDir
    Path dir;

    private Path workspace(String settings, String flows) throws IOException {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws.resolve("knowledge"));
        Files.writeString(ws.resolve("territory.yaml"), settings);
        Files.writeString(ws.resolve("actors.csv"), """
                id,name,kind,activity,employees,latitude,longitude,zone
                B,Brasserie,company,11.05Z,12,46.50,3.20,Parc
                M,Méthaniseur,farm,35.21Z,3,46.52,3.22,
                """);
        Files.writeString(ws.resolve("flows.csv"), flows);
        return ws;
    }

    @Test
    void aTerritoryWithoutFlowsIsAnErrorUnlessItIsToBeEstimated() throws IOException {
        String header = "id,actor,direction,resource,source\n";
        Path plain = workspace("name: Val\n", header);
        assertThat(new WorkspaceReader().read(plain).problems()).extracting(Problem::code).contains("csv.no-rows");
        Workspace estimating = new WorkspaceReader().estimating().read(plain);
        assertThat(estimating.isValid()).isTrue();
        assertThat(estimating.problems()).extracting(Problem::code).contains("workspace.no-flows-estimating");
        Workspace byParameter = new WorkspaceReader().read(workspace(
                "name: Val\nparameters:\n  estimation.enabled: true\n", header));
        assertThat(byParameter.isValid()).isTrue();
        assertThat(WorkspaceEstimation.requested(byParameter)).isTrue();
        Workspace document = new WorkspaceReader().readDocument("t.yaml", """
                name: Val
                parameters: {estimation.enabled: true}
                actors: [{id: B, name: Brasserie, kind: company, activity: 11.05Z}]
                flows: []
                """, true);
        assertThat(document.isValid()).as(document.problems().toString()).isTrue();
    }

    @Test
    void theWorkspacesProfilesApplyAndNeverReachTheEngine() throws IOException {
        Path ws = workspace("name: Val\nparameters:\n  estimation.enabled: true\n  transport.modes: truck\n", """
                id,actor,direction,resource,source
                F1,B,offer,spent-grain,declared
                """);
        Files.writeString(ws.resolve("knowledge").resolve(ActivityProfiles.FILE), """
                activity,direction,resource,per_employee,unit,confidence,source,active
                11.05,offer,co2,,,,,false
                11.05,demand,process-water,2000,m3,medium,Étude brasserie locale,
                11.05,offer,no-such-thing,,,,x,
                """);
        Workspace workspace = new WorkspaceReader().read(ws);
        assertThat(workspace.problems()).filteredOn(Problem::isError).extracting(p -> p.code() + "@" + p.file()
                + ":" + p.line()).containsExactly("profile.unknown-resource@knowledge/activity-profiles.csv:4");
        // an error in the profiles table makes the workspace invalid, as any knowledge table's
        assertThat(workspace.isValid()).isFalse();

        Files.writeString(ws.resolve("knowledge").resolve(ActivityProfiles.FILE), """
                activity,direction,resource,per_employee,unit,confidence,source,active
                11.05,offer,co2,,,,,false
                11.05,demand,process-water,2000,m3,medium,Étude brasserie locale,
                """);
        workspace = new WorkspaceReader().read(ws);
        assertThat(workspace.isValid()).isTrue();
        WorkspaceEstimation estimation = WorkspaceEstimation.of(workspace);
        assertThat(estimation.problems()).isEmpty();
        assertThat(estimation.territory().flows()).extracting(Flow::id).contains("F1", "E-B-process-water-d")
                .doesNotContain("E-B-co2-o", "E-B-spent-grain-o");
        Flow water = estimation.territory().flows().stream().filter(f -> f.id().equals("E-B-process-water-d"))
                .findFirst().orElseThrow();
        assertThat(water.quantity().value()).isEqualTo(24000);
        assertThat(water.source()).isEqualTo(DataSource.ESTIMATED);
        assertThat(estimation.takers()).extracting(p -> p.offer() + "->" + p.taker()).contains("F1->M");
        var request = estimation.request(workspace);
        assertThat(request.territory().parameters()).containsOnlyKeys("transport.modes");
        assertThat(request.knowledge()).noneMatch(f -> f.baseName().equals(ActivityProfiles.FILE));
    }
}
