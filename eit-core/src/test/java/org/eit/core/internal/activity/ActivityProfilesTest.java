package org.eit.core.internal.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eit.core.model.Direction;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;

class ActivityProfilesTest {
    private static final ResourceTaxonomy TAXONOMY = ResourceTaxonomy.shipped();

    @Test
    void theShippedTableReadsWithoutProblemAndEveryRowHasItsSource() {
        Problems problems = new Problems();
        ActivityProfiles profiles = ActivityProfiles.shipped(TAXONOMY, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(profiles.rows()).hasSizeGreaterThan(1000);
        assertThat(profiles.rows()).allSatisfy(row -> assertThat(row.source()).isNotBlank());
        // ratios only where a source publishes one, and then with a unit
        assertThat(profiles.rows()).filteredOn(r -> r.perEmployee() != null)
                .allSatisfy(r -> assertThat(r.unit()).isNotNull());
        Set<String> activities = profiles.rows().stream().map(ActivityProfiles.Row::activity)
                .collect(Collectors.toSet());
        // the activities the study meets
        assertThat(activities).contains("10.51", "11.05", "10.11", "10.71", "16.10", "16.23", "25.62", "22.29",
                "23.51", "23.52", "08.12", "20.14", "17.12", "35.21", "35.30", "35.11", "37.00", "38.21", "41.20",
                "86.10", "85.20", "56.29", "01.41", "01.11", "01.21", "55.10", "70.22");
    }

    @Test
    void anActivityGetsTheRowsOfItsMostSpecificCodeThatHasAny() {
        ActivityProfiles profiles = ActivityProfiles.of(List.of(
                row("10", Direction.OFFER, "food-waste"),
                row("10.5", Direction.OFFER, "dairy-by-products"),
                row("10.51", Direction.OFFER, "whey"),
                row("10.51", Direction.DEMAND, "milk")));
        assertThat(profiles.profileOf("10.51C").activity()).isEqualTo("10.51");
        assertThat(profiles.profileOf("1051C").rows()).extracting(ActivityProfiles.Row::resource)
                .containsExactly("whey", "milk");
        assertThat(profiles.profileOf("10.52Z").activity()).isEqualTo("10.5");
        assertThat(profiles.profileOf("10.71C").activity()).isEqualTo("10");
        assertThat(profiles.profileOf("11.05Z").isEmpty()).isTrue();
        assertThat(profiles.profileOf("C").isEmpty()).isTrue();
        assertThat(profiles.profileOf(null).isEmpty()).isTrue();
        assertThat(ActivityProfiles.levels("10.51C")).containsExactly("10.51C", "10.51", "10.5", "10");
    }

    @Test
    void aWorkspaceReplacesAddsAndRemovesRowsAndItsBadRowsAreReportedWithTheirLine() {
        String override = String.join("\n",
                "activity;direction;resource;per_employee;unit;confidence;source;active",
                "10.51;offer;whey;12,5;m3;high;Étude laiterie locale 2022;",
                "10.51;offer;heat-low-temperature;;;;;false",
                "11.05;demand;co2;;;;Brasseurs de France;",
                "10.51;offre;no-such-resource;;;;x;",
                "C;offer;whey;;;;x;",
                "10.51;offer;sawdust;2;MWh;;x;",
                "10.51;offer;cardboard;;;;;") + "\n";
        Problems problems = new Problems();
        ActivityProfiles profiles = ActivityProfiles.load(TAXONOMY, "knowledge/activity-profiles.csv", override,
                problems);
        List<Problem> found = problems.sorted();
        assertThat(found).extracting(p -> p.code() + "@" + p.line()).containsExactly(
                "profile.unknown-resource@5", "profile.bad-activity@6", "profile.unit-mismatch@7",
                "profile.no-source@8");
        assertThat(found).allSatisfy(p -> assertThat(p.file()).isEqualTo("knowledge/activity-profiles.csv"));
        ActivityProfiles.Profile dairy = profiles.profileOf("10.51C");
        ActivityProfiles.Row whey = dairy.rows().stream().filter(r -> r.resource().equals("whey")).findFirst()
                .orElseThrow();
        assertThat(whey.perEmployee()).isEqualTo(12.5);
        assertThat(whey.source()).isEqualTo("Étude laiterie locale 2022");
        assertThat(dairy.rows()).extracting(ActivityProfiles.Row::resource).doesNotContain("heat-low-temperature");
        assertThat(profiles.profileOf("11.05Z").rows()).extracting(ActivityProfiles.Row::resource).contains("co2",
                "spent-grain");
    }

    static ActivityProfiles.Row row(String activity, Direction direction, String resource) {
        return new ActivityProfiles.Row(activity, direction, resource, null, null,
                org.eit.core.model.Confidence.MEDIUM, "test source", "test", 1);
    }
}
