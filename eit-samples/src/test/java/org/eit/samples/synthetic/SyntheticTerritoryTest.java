package org.eit.samples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eit.core.model.Actor;
import org.eit.core.model.DataSource;
import org.eit.core.model.Flow;
import org.eit.core.model.Territory;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTerritoryTest {
    @TempDir
    Path dir;

    private static String[] csv(int actors, long seed) throws IOException {
        StringWriter a = new StringWriter();
        StringWriter f = new StringWriter();
        new SyntheticTerritory(actors, seed).writeCsv(a, f);
        return new String[] {a.toString(), f.toString()};
    }

    @Test
    void theSameSeedGivesTheSameFilesByteForByte() throws IOException {
        assertThat(csv(500, 42)).isEqualTo(csv(500, 42));
        assertThat(csv(500, 42)[1]).isNotEqualTo(csv(500, 43)[1]);
    }

    @Test
    void theWrittenWorkspaceReadsBackWithoutAProblemIntoTheSameTerritory() throws IOException {
        SyntheticTerritory generator = new SyntheticTerritory(300, 7);
        Files.writeString(dir.resolve("territory.yaml"), generator.settingsYaml());
        String[] files = csv(300, 7);
        Files.writeString(dir.resolve("actors.csv"), files[0]);
        Files.writeString(dir.resolve("flows.csv"), files[1]);
        Workspace workspace = new WorkspaceReader().read(dir);
        assertThat(workspace.problems()).isEmpty();
        Territory expected = generator.territory();
        assertThat(workspace.territory().actors()).isEqualTo(expected.actors());
        assertThat(workspace.territory().flows()).isEqualTo(expected.flows());
    }

    @Test
    void actorsClusterInParksAndTownsAndFlowsMixTheirSources() {
        Territory territory = new SyntheticTerritory(2000, 1).territory();
        assertThat(territory.flows().size()).isBetween(2000 * 3 / 2, 2000 * 5 / 2);
        Map<String, List<Actor>> byZone = territory.actors().stream()
                .collect(Collectors.groupingBy(Actor::zone));
        for (Map.Entry<String, List<Actor>> zone : byZone.entrySet()) {
            if (zone.getKey().startsWith("Business park") && zone.getValue().size() > 5) {
                List<Actor> members = zone.getValue();
                double lat = members.stream().mapToDouble(a -> a.location().latitude()).average().orElseThrow();
                double lon = members.stream().mapToDouble(a -> a.location().longitude()).average().orElseThrow();
                var centre = new org.eit.core.geo.GeoPoint(lat, lon);
                long close = members.stream().filter(a -> a.location().distanceKm(centre) < 1.5).count();
                assertThat(close).as(zone.getKey()).isGreaterThanOrEqualTo(members.size() * 9 / 10);
            }
        }
        Map<DataSource, Long> sources = territory.flows().stream()
                .collect(Collectors.groupingBy(Flow::source, Collectors.counting()));
        assertThat(sources.get(DataSource.DECLARED)).isGreaterThan(sources.get(DataSource.MEASURED));
        assertThat(sources.get(DataSource.ESTIMATED)).isPositive();
    }
}
