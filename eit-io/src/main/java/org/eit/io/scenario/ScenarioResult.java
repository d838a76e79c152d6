package org.eit.io.scenario;

import java.util.List;
import java.util.Objects;
import org.eit.core.problem.Problem;
import org.eit.io.workspace.Scenario;

/**
 * What running one scenario gave: passed, failed (with what differs), invalid (the file's problems) or stopped by
 * a rule error (the rules' problems).
 *
 * @param scenario the scenario
 * @param outcome  how it ended
 * @param problems the file's problems (invalid) or the rules' (rule error); empty otherwise
 * @param checks   each expectation with whether it held, in file order; empty unless the analysis ran
 */
public record ScenarioResult(Scenario scenario, Outcome outcome, List<Problem> problems, List<Check> checks) {
    public ScenarioResult {
        Objects.requireNonNull(scenario, "ScenarioResult.scenario");
        Objects.requireNonNull(outcome, "ScenarioResult.outcome");
        problems = List.copyOf(problems);
        checks = List.copyOf(checks);
    }

    /** How a scenario ended. */
    public enum Outcome {
        PASSED, FAILED, INVALID, RULE_ERROR
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** The expectations that did not hold. */
    public List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /**
     * One expectation and what the diagnostic held.
     *
     * @param expectation the expectation
     * @param passed      whether it held
     * @param reason      why not, when it did not: a message code of the report and its arguments
     * @param closest     for an entry no element matched: the closest elements and how each differs; for an
     *                    entry that must not be there: the elements that match it
     */
    public record Check(Scenario.Expectation expectation, boolean passed, Reason reason, List<Near> closest) {
        public Check {
            Objects.requireNonNull(expectation, "Check.expectation");
            closest = List.copyOf(closest);
        }
    }

    /** Why an expectation did not hold: a message of the report's catalog. */
    public record Reason(String code, List<String> args) {
        public Reason {
            args = List.copyOf(args);
        }
    }

    /**
     * An element of the diagnostic near an expected entry.
     *
     * @param label       how to find it: its id, else its place in the list ({@code synergies[3]})
     * @param differences how it differs, each a message of the report's catalog with its arguments
     */
    public record Near(String label, List<Reason> differences) {
        public Near {
            differences = List.copyOf(differences);
        }
    }
}
