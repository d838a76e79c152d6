package org.eit.io.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problem;

/**
 * A rule test without Java: a small territory in one YAML file ({@code *.scenario.yaml}), the rules and knowledge
 * tables to analyse it with, and what the diagnostic must and must not hold. Read by {@link ScenarioReader}, run by
 * {@code org.eit.io.scenario.ScenarioRunner}.
 *
 * @param file         the scenario file as problems name it
 * @param name         what the scenario checks, in the author's words
 * @param description  more about it, or null
 * @param workspace    the territory with the scenario's rules and tables; invalid when the file is
 * @param expectations what the diagnostic must hold ({@code expect}) and must not ({@code expectNot}), in file order
 */
public record Scenario(String file, String name, String description, Workspace workspace,
                       List<Expectation> expectations) {
    public Scenario {
        Objects.requireNonNull(file, "Scenario.file");
        Objects.requireNonNull(workspace, "Scenario.workspace");
        expectations = List.copyOf(expectations);
    }

    /** Whether the file can be run: a valid territory and no error in the scenario itself. */
    public boolean isValid() {
        return workspace.isValid();
    }

    /** Every problem of the file: the scenario's own and its territory's. */
    public List<Problem> problems() {
        return workspace.problems();
    }

    /**
     * One thing the diagnostic must hold, or must not when {@code negated}: a part of the diagnostic's JSON output
     * ({@code diagnostic.json}) by its top-level name.
     *
     * @param at       where it is written in the scenario file
     * @param negated  true for {@code expectNot}
     * @param section  the top-level field of the diagnostic: {@code synergies}, {@code internal}, {@code network}...
     * @param expected what to find there, as written; for a list section, one entry
     * @param entry    true when {@code expected} is one entry of a list section (some element must match it), false
     *                 when it is matched against the whole section
     */
    public record Expectation(Location at, boolean negated, String section, JsonNode expected, boolean entry) {
        public Expectation {
            Objects.requireNonNull(at, "Expectation.at");
            Objects.requireNonNull(section, "Expectation.section");
            Objects.requireNonNull(expected, "Expectation.expected");
        }
    }
}
