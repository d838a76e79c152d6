package org.eit.rules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/** A formula's numbers: Java's shortest decimal, rounded half up to three decimals, zeros cut, whatever the path. */
class AmountProperties {
    @Test
    void aFormulasNumberIsTheShortestDecimalToThreePlaces() {
        Gen<Double> values = Gen.oneOf(Gen.doubles(-1e6, 1e6), Gen.doubles(-2, 2),
                random -> (double) Math.round(random.nextDouble() * 1e5) / 100,
                random -> Double.longBitsToDouble(random.nextLong()))
                .withExamples(0.0, -0.0, 605.0, 393.25, 0.65, 1e7, 1e-7, -0.0004, 2.0005, 123456789.125, 0.1 + 0.2);
        Property.forAll(values, value -> {
            if (!Double.isFinite(value)) {
                return;
            }
            String expected = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
            assertThat(Amount.number(value)).as("%s", value).isEqualTo(expected.equals("-0") ? "0" : expected);
        });
    }
}
