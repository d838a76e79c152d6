package org.eit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The runner must be able to fail, say how to reproduce a failure, and draw the same cases for the same seed. */
class PropertyTest {
    private static final Gen<String> LETTERS = Gen.strings(Gen.chars('a', 'z'), 0, 40);

    @Test
    void aFailureNamesThePropertyTheSeedTheCaseAndTheMinimisedInput() {
        AssertionError failure = withSeed(null, () -> catchThrowableOfType(AssertionError.class,
                () -> Property.forAll(LETTERS, text -> assertThat(text).doesNotContain("q"))));

        assertThat(failure.getMessage())
                .startsWith("PropertyTest.aFailureNamesThePropertyTheSeedTheCaseAndTheMinimisedInput failed on case ")
                .contains(" of 200 with seed " + Property.FIXED_SEED + " (the fixed seed)", "  input:     \"",
                        "  minimised: \"q\" (", "  failure:   java.lang.AssertionError: ",
                        "  run again: mvn -B verify -Dsurefire.failIfNoSpecifiedTests=false"
                                + " -Dtest=PropertyTest#aFailureNamesThePropertyTheSeedTheCaseAndTheMinimisedInput"
                                + " -Deit.properties.seed=" + Property.FIXED_SEED);
        assertThat(failure.getCause()).hasMessageContaining("\"q\"");
    }

    @Test
    void theSameSeedDrawsTheSameCasesAndAnotherSeedOthers() {
        List<String> first = withSeed(null, PropertyTest::drawn);
        assertThat(withSeed(null, PropertyTest::drawn)).isEqualTo(first);
        assertThat(withSeed("12345", PropertyTest::drawn)).hasSize(200).isNotEqualTo(first)
                .isEqualTo(withSeed("12345", PropertyTest::drawn));
    }

    @Test
    void aRandomSeedIsReportedSoThatItsFailureCanBeRunAgain() {
        AssertionError failure = withSeed("random", () -> catchThrowableOfType(AssertionError.class,
                () -> Property.forAll(Gen.ints(0, 9), i -> assertThat(i).isNegative())));
        String seed = failure.getMessage().replaceAll("(?s).* with seed (-?\\d+) \\(drawn at random\\).*", "$1");

        AssertionError again = withSeed(seed, () -> catchThrowableOfType(AssertionError.class,
                () -> Property.forAll(Gen.ints(0, 9), i -> assertThat(i).isNegative())));
        assertThat(again.getMessage()).contains("input:     " + failure.getMessage()
                .replaceAll("(?s).*input:     (\\d+).*", "$1"));
    }

    @Test
    void examplesComeFirstCombinedWithTheOtherGeneratorsExamples() {
        List<String> tried = new ArrayList<>();
        Property.forAll(10, LETTERS.withExamples("", "z"), Gen.of(1, 2, 3).withExamples(1, 2),
                (text, number) -> tried.add(text + number));
        assertThat(tried).hasSize(10).startsWith("1", "2", "z1", "z2");
    }

    @Test
    void aPropertyTriesAsManyCasesAsItSays() {
        List<byte[]> tried = new ArrayList<>();
        Property.forAll(300, Gen.bytes(Gen.ANY_LENGTH), tried::add);
        assertThat(tried).hasSize(300).anyMatch(b -> b.length == 0).anyMatch(b -> b.length == Gen.ANY_LENGTH);
    }

    @Test
    void minimisingKeepsToWhatTheGeneratorCouldHaveDrawn() {
        Gen<String> atLeastTwoWithAnX = Gen.strings(Gen.chars('a', 'z'), 2, 40).filter(s -> s.contains("x"));
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> Property.forAll(atLeastTwoWithAnX, text -> assertThat(text).doesNotContain("x")));
        assertThat(failure.getMessage()).containsPattern("minimised: \"(x[a-z]|[a-z]x)\" ");
    }

    @Test
    void everyValueOfAFiniteDomainIsCheckedAndTheFailingOneShown() {
        List<String> tried = new ArrayList<>();
        assertThatThrownBy(() -> Property.forEvery(List.of("kg", "t"), List.of(1, 2), (unit, n) -> {
            tried.add(unit + n);
            assertThat(unit + n).isNotEqualTo("t1");
        })).hasMessageStartingWith("PropertyTest.everyValueOfAFiniteDomainIsCheckedAndTheFailingOneShown failed on "
                + "value 3 of 4\n  input:     (\"t\", 1)");
        assertThat(tried).containsExactly("kg1", "kg2", "t1");
    }

    @Test
    void invisibleCharactersAreShownEscapedAndHugeInputsShortened() {
        assertThat(Shown.arguments(List.of("a\u0000b\u00a0\n\"", new byte[] {(byte) 0xef, 0x41})))
                .isEqualTo("(\"a\\u0000b\\u00a0\\n\\\"\", 2 bytes [ef 41])");
        assertThat(Shown.arguments(List.of("x".repeat(10_000))))
                .hasSizeLessThan(Shown.MAX_LENGTH + 60).endsWith("(shortened from 10002 characters)");
    }

    @Test
    void aSeedThatIsNeitherANumberNorRandomIsRefused() {
        assertThatThrownBy(() -> withSeed("often", PropertyTest::drawn))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eit.properties.seed");
    }

    @Test
    void generatorsKeepToTheirBounds() {
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(Gen.ints(-3, 7).next(random)).isBetween(-3, 7);
            assertThat(Gen.doubles(0, 1e9).next(random)).isBetween(0.0, 1e9);
            assertThat(Gen.decimals(new java.math.BigDecimal("999.99"), 2).next(random).abs())
                    .isLessThanOrEqualTo(new java.math.BigDecimal("999.99"));
            assertThat(LETTERS.next(random)).hasSizeLessThanOrEqualTo(40).matches("[a-z]*");
        }
    }

    private static List<String> drawn() {
        List<String> values = new ArrayList<>();
        Property.forAll(LETTERS, values::add);
        return values;
    }

    /** Runs with {@code seed} chosen ({@code null}: the fixed seed), whatever seed the build was given. */
    private static <T> T withSeed(String seed, Supplier<T> run) {
        String previous = System.getProperty(Property.SEED_PROPERTY);
        if (seed == null) {
            System.clearProperty(Property.SEED_PROPERTY);
        } else {
            System.setProperty(Property.SEED_PROPERTY, seed);
        }
        try {
            return run.get();
        } finally {
            if (previous == null) {
                System.clearProperty(Property.SEED_PROPERTY);
            } else {
                System.setProperty(Property.SEED_PROPERTY, previous);
            }
        }
    }
}
