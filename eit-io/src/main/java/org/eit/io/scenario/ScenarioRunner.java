package org.eit.io.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.EitEngine;
import org.eit.core.api.RuleException;
import org.eit.core.problem.InvalidInputException;
import org.eit.io.report.DiagnosticJson;
import org.eit.io.workspace.Scenario;

/**
 * Runs scenarios: analyses each one's territory with its rules and tables, and compares the diagnostic's JSON output
 * ({@code diagnostic.json}) with what the scenario expects. Expectations name the diagnostic's top-level fields, so
 * that scenarios keep working as the diagnostic grows: any list of it ({@code synergies}, {@code internal},
 * {@code toClassify}, {@code warnings} and those later stages add) is matched by name. Thread-safe when the engine
 * is.
 */
public final class ScenarioRunner {
    /** How many of the closest elements a failure shows. */
    static final int CLOSEST = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EitEngine engine;

    public ScenarioRunner(EitEngine engine) {
        this.engine = engine;
    }

    public ScenarioResult run(Scenario scenario) {
        if (!scenario.isValid()) {
            return new ScenarioResult(scenario, ScenarioResult.Outcome.INVALID, errors(scenario), List.of());
        }
        Diagnostic diagnostic;
        try {
            diagnostic = engine.analyze(scenario.workspace().request());
        } catch (RuleException e) {
            return new ScenarioResult(scenario, ScenarioResult.Outcome.RULE_ERROR, e.problems(), List.of());
        } catch (InvalidInputException e) {
            return new ScenarioResult(scenario, ScenarioResult.Outcome.INVALID, e.problems(), List.of());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(DiagnosticJson.write(scenario.workspace().territory(), diagnostic));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostic.json does not read back", e);
        }
        List<ScenarioResult.Check> checks = scenario.expectations().stream().map(e -> check(e, root)).toList();
        boolean passed = checks.stream().allMatch(ScenarioResult.Check::passed);
        return new ScenarioResult(scenario, passed ? ScenarioResult.Outcome.PASSED : ScenarioResult.Outcome.FAILED,
                List.of(), checks);
    }

    private static List<org.eit.core.problem.Problem> errors(Scenario scenario) {
        return scenario.problems().stream().filter(org.eit.core.problem.Problem::isError).toList();
    }

    /** One expectation against the diagnostic's JSON. */
    static ScenarioResult.Check check(Scenario.Expectation expectation, JsonNode root) {
        String section = expectation.section();
        JsonNode actual = root.get(section);
        if (actual == null) {
            List<String> names = new ArrayList<>();
            root.fieldNames().forEachRemaining(names::add);
            String closest = Matching.closest(section, names);
            return failed(expectation, closest == null
                    ? new ScenarioResult.Reason("scenario.no-section", List.of(section, String.join(", ", names)))
                    : new ScenarioResult.Reason("scenario.no-section-closest", List.of(section, closest,
                            String.join(", ", names))), List.of());
        }
        if (!expectation.entry()) {
            List<Matching.Difference> differences = Matching.compare(expectation.expected(), actual, section);
            if (expectation.negated()) {
                return differences.isEmpty() ? failed(expectation, new ScenarioResult.Reason("scenario.holds",
                        List.of(section)), List.of()) : passed(expectation);
            }
            return differences.isEmpty() ? passed(expectation) : failed(expectation, new ScenarioResult.Reason(
                    "scenario.differs", List.of(section)), List.of(new ScenarioResult.Near("",
                    reasons(differences))));
        }
        if (!actual.isArray()) {
            return failed(expectation, new ScenarioResult.Reason("scenario.not-a-list", List.of(section)), List.of());
        }
        List<ScenarioResult.Near> matching = new ArrayList<>();
        List<Scored> others = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            JsonNode element = actual.get(i);
            List<Matching.Difference> differences = Matching.compare(expectation.expected(), element, "");
            String label = element.hasNonNull("id") ? element.get("id").asText() : section + "[" + i + "]";
            if (differences.isEmpty()) {
                matching.add(new ScenarioResult.Near(label, List.of()));
            } else {
                others.add(new Scored(i, new ScenarioResult.Near(label, reasons(differences))));
            }
        }
        if (expectation.negated()) {
            return matching.isEmpty() ? passed(expectation) : failed(expectation, new ScenarioResult.Reason(
                    "scenario.matched", List.of(section, String.valueOf(matching.size()))), matching);
        }
        if (!matching.isEmpty()) {
            return passed(expectation);
        }
        if (actual.isEmpty()) {
            return failed(expectation, new ScenarioResult.Reason("scenario.empty", List.of(section)), List.of());
        }
        List<ScenarioResult.Near> closest = others.stream()
                .sorted(Comparator.comparingInt((Scored s) -> s.near().differences().size())
                        .thenComparingInt(Scored::index))
                .limit(CLOSEST).map(Scored::near).toList();
        return failed(expectation, new ScenarioResult.Reason("scenario.no-match", List.of(section,
                String.valueOf(actual.size()))), closest);
    }

    private record Scored(int index, ScenarioResult.Near near) {
    }

    private static List<ScenarioResult.Reason> reasons(List<Matching.Difference> differences) {
        return differences.stream().map(d -> new ScenarioResult.Reason(d.code(), d.args())).toList();
    }

    private static ScenarioResult.Check passed(Scenario.Expectation expectation) {
        return new ScenarioResult.Check(expectation, true, null, List.of());
    }

    private static ScenarioResult.Check failed(Scenario.Expectation expectation, ScenarioResult.Reason reason,
                                               List<ScenarioResult.Near> closest) {
        return new ScenarioResult.Check(expectation, false, reason, closest);
    }
}
