package org.eit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/** The fast rounding to significant digits gives what BigDecimal's exact rounding gives, halfway cases included. */
class SignificantDigitsProperties {
    private static final Gen<Integer> DIGITS = Gen.ints(1, 15).withExamples(3, 4, 6);

    @Test
    void anyDoubleRoundsAsBigDecimalRoundsIt() {
        Gen<Double> values = Gen.oneOf(Gen.doubles(-1e6, 1e6), Gen.doubles(-1e-3, 1e-3),
                random -> Double.longBitsToDouble(random.nextLong()))
                .withExamples(0.5, 1.0, 9.9995, 9999.5, 0.00012345, 1e22, 1e23, -123456.5, Double.MIN_VALUE,
                        Double.MAX_VALUE, 4.35, 1234.5, 0.1 + 0.2);
        Property.forAll(values, DIGITS, (value, digits) -> {
            if (!Double.isFinite(value)) {
                return;
            }
            assertSame(value, digits);
        });
    }

    @Test
    void decimalsHalfwayBetweenTwoRoundingsRoundAsTheExactBinaryValueSays() {
        // x.5 at the last kept digit: as a double just above or below halfway, or exactly on it (1234.5).
        Gen<Long> mantissas = Gen.longs(1, 99_999_999);
        Gen<Integer> exponents = Gen.ints(-12, 12);
        Property.forAll(mantissas, exponents, DIGITS, (mantissa, exponent, digits) -> {
            double value = new BigDecimal(mantissa * 10 + 5).scaleByPowerOfTen(exponent).doubleValue();
            assertSame(value, digits);
            assertSame(Math.nextUp(value), digits);
            assertSame(Math.nextDown(value), digits);
        });
    }

    @Test
    void zeroStaysZeroAndWhatIsNotFiniteIsRefused() {
        assertThat(Numbers.significant(0.0, 4)).isZero();
        assertThat(Numbers.significant(Double.NaN, 4)).isNaN();
        assertThatThrownBy(() -> Numbers.significantDecimal(Double.POSITIVE_INFINITY, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Numbers.significantDecimal(1234.5, 4).toPlainString()).isEqualTo("1235");
        // 0.12345 is 0.123450000000000004174... as a double, 0.00015 is 0.000149999999999999986...
        assertThat(Numbers.significantDecimal(0.12345, 4).toPlainString()).isEqualTo("0.1235");
        assertThat(Numbers.significantDecimal(0.00015, 1).toPlainString()).isEqualTo("0.0001");
    }

    private static void assertSame(double value, int digits) {
        BigDecimal exact = new BigDecimal(value).round(new MathContext(digits));
        BigDecimal fast = Numbers.significantDecimal(value, digits);
        assertThat(fast.compareTo(exact)).as("%s to %d digits: %s, not %s", value, digits, fast, exact).isZero();
        assertThat(fast.stripTrailingZeros().toPlainString()).isEqualTo(exact.stripTrailingZeros().toPlainString());
        assertThat(Numbers.significant(value, digits)).isEqualTo(exact.doubleValue());
    }
}
