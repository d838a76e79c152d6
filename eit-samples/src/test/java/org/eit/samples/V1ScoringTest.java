package org.eit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.api.Synergy;
import org.eit.core.api.SynergyKind;
import org.eit.core.internal.activity.LikelyTakers;
import org.eit.core.model.DataSource;
import org.eit.core.model.Flow;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;

/**
 * The diagnostic V1 scored on eco-industrial parks whose exchanges are documented
 * ({@code src/test/resources/v1-parks/}): each park's actors are described by their activity code only, the
 * suppliers' offers as declared, and six generic establishments of a town (hospital, supermarket, school, builder,
 * machining workshop, office) that take no part in the documented exchanges. The V1 proposes takers for each offer
 * in two ways: the likely takers of the activity profiles, and the synergies the engine finds once the territory is
 * completed by the profiles (which adds the substitution table and the reaches). A proposal is a pair (offer, taker);
 * it is right when the documented exchanges hold that pair, and every other proposal counts as wrong. The figures are
 * printed and recorded in docs/BENCHMARKS.md; the assertions are floors against regressions.
 */
class V1ScoringTest {
    private static final Path PARKS = Path.of("src/test/resources/v1-parks");
    private static final EitEngine ENGINE = Eit.engine().build();

    /** Right, proposed and documented counts. */
    record Score(int right, int proposed, int documented) {
        double precision() {
            return proposed == 0 ? 0 : (double) right / proposed;
        }

        double recall() {
            return documented == 0 ? 0 : (double) right / documented;
        }

        double f() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(right + other.right, proposed + other.proposed, documented + other.documented);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%2d right of %3d proposed, %2d documented: P %.2f R %.2f F %.2f",
                    right, proposed, documented, precision(), recall(), f());
        }
    }

    record ParkResult(String park, Score takers, Score engine, Score union, Set<String> missed,
                      Set<String> wrong) {
    }

    static Set<String> documented(Path park) throws IOException {
        Set<String> pairs = new TreeSet<>();
        for (String line : Files.readAllLines(park.resolve("documented.csv"))) {
            if (line.startsWith("#") || line.startsWith("offer,") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            pairs.add(cells[0] + "->" + cells[1]);
        }
        return pairs;
    }

    static Score score(Set<String> proposed, Set<String> documented) {
        int right = (int) proposed.stream().filter(documented::contains).count();
        return new Score(right, proposed.size(), documented.size());
    }

    static ParkResult run(String name) throws IOException {
        Path park = PARKS.resolve(name);
        Workspace workspace = new WorkspaceReader().estimating().read(park);
        assertThat(workspace.problems()).filteredOn(p -> p.isError()).isEmpty();
        Set<String> declaredOffers = new LinkedHashSet<>();
        for (Flow flow : workspace.territory().flows()) {
            if (flow.isOffer() && flow.source() != DataSource.ESTIMATED) {
                declaredOffers.add(flow.id());
            }
        }
        WorkspaceEstimation estimation = WorkspaceEstimation.of(workspace);
        Set<String> takers = new TreeSet<>();
        for (LikelyTakers.Proposal p : estimation.takers()) {
            if (declaredOffers.contains(p.offer())) {
                takers.add(p.offer() + "->" + p.taker());
            }
        }
        Diagnostic diagnostic = estimation.analyze(ENGINE, workspace);
        Set<String> engine = new TreeSet<>();
        for (Synergy s : diagnostic.synergies()) {
            if (s.kind() == SynergyKind.SUBSTITUTION && declaredOffers.contains(s.flows().get(0))) {
                engine.add(s.flows().get(0) + "->" + s.actors().get(1));
            }
        }
        Set<String> union = new TreeSet<>(takers);
        union.addAll(engine);
        Set<String> documented = documented(park);
        Set<String> missed = new TreeSet<>(documented);
        missed.removeAll(union);
        Set<String> wrong = new TreeSet<>(union);
        wrong.removeAll(documented);
        return new ParkResult(name, score(takers, documented), score(engine, documented), score(union, documented),
                missed, wrong);
    }

    @Test
    void theV1ProposesMostDocumentedTakersAndSaysHowManyOthers() throws IOException {
        Score takers = new Score(0, 0, 0);
        Score engine = new Score(0, 0, 0);
        Score union = new Score(0, 0, 0);
        StringBuilder report = new StringBuilder("V1 scoring on documented parks\n");
        for (String park : List.of("kalundborg", "kwinana", "guitang")) {
            ParkResult result = run(park);
            takers = takers.plus(result.takers());
            engine = engine.plus(result.engine());
            union = union.plus(result.union());
            report.append(String.format(Locale.ROOT, "%-11s likely takers %s%n%-11s engine        %s%n%-11s union         "
                    + "%s%n  missed: %s%n  wrong:  %s%n", park, result.takers(), "", result.engine(), "",
                    result.union(), result.missed(), result.wrong()));
        }
        report.append(String.format(Locale.ROOT, "all         likely takers %s%n            engine        %s%n"
                + "            union         %s%n", takers, engine, union));
        System.out.println(report);
        // Floors against regressions, below the figures recorded in docs/BENCHMARKS.md.
        assertThat(union.recall()).as(report.toString()).isGreaterThanOrEqualTo(0.75);
        assertThat(engine.f()).as(report.toString()).isGreaterThanOrEqualTo(0.55);
        assertThat(takers.f()).as(report.toString()).isGreaterThanOrEqualTo(0.45);
    }
}
