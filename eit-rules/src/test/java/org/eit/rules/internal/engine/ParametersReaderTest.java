package org.eit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.Parameters;
import org.junit.jupiter.api.Test;

class ParametersReaderTest {
    private static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.positive("radius", 2, "r", "r"),
            ParameterSpec.whole("count", 5, "c", "c"),
            ParameterSpec.words("modes", List.of("pipe", "truck"), List.of("pipe", "truck", "ship"), "m", "m"));

    @Test
    void defaultsHoldUntilTheTerritorySetsAValue() {
        Problems problems = new Problems();
        Parameters defaults = ParametersReader.read(SPECS, Map.of(), problems);
        assertThat(defaults.number("radius")).isEqualTo(2);
        assertThat(defaults.whole("count")).isEqualTo(5);
        assertThat(defaults.words("modes")).containsExactly("pipe", "truck");
        Parameters set = ParametersReader.read(SPECS, Map.of("radius", "3,5", "count", "0", "modes", "Ship; pipe"),
                problems);
        assertThat(set.number("radius")).isEqualTo(3.5);
        assertThat(set.whole("count")).isZero();
        assertThat(set.words("modes")).containsExactly("ship", "pipe");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void badValuesAreErrorsUnknownNamesWarningsAndPacksSwitchOff() {
        Problems problems = new Problems();
        Parameters p = ParametersReader.read(SPECS, Map.of("radius", "-1", "count", "2.5", "modes", "plane",
                "colour", "blue", "packs.pooling", "non", "packs.network", "maybe"), problems);
        assertThat(problems.sorted()).extracting(Problem::code).containsExactlyInAnyOrder("parameter.positive-number",
                "parameter.whole-number", "parameter.bad-word", "parameter.unknown", "parameter.boolean");
        assertThat(p.number("radius")).as("a bad value keeps the default").isEqualTo(2);
        assertThat(p.packEnabled("pooling")).isFalse();
        assertThat(p.packEnabled("network")).isTrue();
    }
}
