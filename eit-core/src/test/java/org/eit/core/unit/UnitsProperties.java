package org.eit.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Conversions go there and back; every unit reads back from its symbol and aliases; nothing else escapes. */
class UnitsProperties {
    private static final Gen<Unit> UNITS = Gen.of(Units.all());
    private static final Gen<Period> PERIODS = Gen.of(Period.class);

    @Test
    void convertingThereAndBackGivesTheValue() {
        Property.forAll(UNITS, UNITS, Gen.doubles(-1e9, 1e9), (from, to, value) -> {
            if (from.dimension() != to.dimension()) {
                assertThatThrownBy(() -> from.convert(value, to)).isInstanceOf(UnitException.class);
                return;
            }
            double there = from.convert(value, to);
            assertThat(to.convert(there, from)).isCloseTo(value, within(Math.abs(value) * 1e-12 + 1e-12));
        });
    }

    @Test
    void everyUnitReadsBackFromItsSymbolAndAliases() {
        Property.forEvery(Units.all(), unit -> {
            assertThat(Units.find(unit.symbol())).contains(unit);
            for (String alias : unit.aliases()) {
                assertThat(Units.find(alias)).as(alias).contains(unit);
            }
        });
    }

    @Test
    void aUnitWithItsPeriodReadsAsARate() {
        Property.forEvery(Units.all(), List.of(Period.values()), (unit, period) -> {
            Optional<Units.Rate> rate = Units.parseRate(unit.symbol() + "/" + period.symbol());
            if (unit.dimension() == Dimension.POWER) {
                assertThat(rate).isEmpty();
            } else {
                assertThat(rate).contains(new Units.Rate(unit, period));
            }
        });
    }

    @Test
    void aFlowQuantityPerPeriodIsItsAnnualValueOverTheYear() {
        Property.forAll(UNITS, PERIODS, Gen.doubles(0, 1e9), (unit, period, value) -> {
            if (unit.dimension() == Dimension.POWER) {
                return;
            }
            FlowQuantity q = new FlowQuantity(value, unit, period);
            assertThat(q.annual().value()).isCloseTo(value * period.perYear(), within(value * 1e-9 + 1e-9));
        });
    }

    @Test
    void anyTextParsesOrNotButNeverThrows() {
        Property.forAll(Gen.anyStrings().withExamples("", " ", "/", "kg/", "/an", "\u0000"), text -> {
            Units.parseRate(text);
            Units.find(text);
            List<String> suggestions = Units.suggest(text);
            assertThat(suggestions).isNotEmpty();
        });
    }
}
