package org.eit.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Conversions go there and back; every unit reads back from its symbol and aliases; nothing else escapes. */
class UnitsProperties {

    @Provide
    Arbitrary<Unit> units() {
        return Arbitraries.of(Units.all());
    }

    @Property
    void convertingThereAndBackGivesTheValue(@ForAll("units") Unit from, @ForAll("units") Unit to,
                                             @ForAll @DoubleRange(min = -1e9, max = 1e9) double value) {
        if (from.dimension() != to.dimension()) {
            assertThatThrownBy(() -> from.convert(value, to)).isInstanceOf(UnitException.class);
            return;
        }
        double there = from.convert(value, to);
        assertThat(to.convert(there, from)).isCloseTo(value, within(Math.abs(value) * 1e-12 + 1e-12));
    }

    @Property
    void everyUnitReadsBackFromItsSymbolAndAliases(@ForAll("units") Unit unit) {
        assertThat(Units.find(unit.symbol())).contains(unit);
        for (String alias : unit.aliases()) {
            assertThat(Units.find(alias)).as(alias).contains(unit);
        }
    }

    @Property
    void aUnitWithItsPeriodReadsAsARate(@ForAll("units") Unit unit, @ForAll Period period) {
        Optional<Units.Rate> rate = Units.parseRate(unit.symbol() + "/" + period.symbol());
        if (unit.dimension() == Dimension.POWER) {
            assertThat(rate).isEmpty();
        } else {
            assertThat(rate).contains(new Units.Rate(unit, period));
        }
    }

    @Property
    void aFlowQuantityPerPeriodIsItsAnnualValueOverTheYear(@ForAll("units") Unit unit, @ForAll Period period,
                                                         @ForAll @DoubleRange(min = 0, max = 1e9) double value) {
        if (unit.dimension() == Dimension.POWER) {
            return;
        }
        FlowQuantity q = new FlowQuantity(value, unit, period);
        assertThat(q.annual().value()).isCloseTo(value * period.perYear(), within(value * 1e-9 + 1e-9));
    }

    @Property
    void anyTextParsesOrNotButNeverThrows(@ForAll String text) {
        Units.parseRate(text);
        Units.find(text);
        List<String> suggestions = Units.suggest(text);
        assertThat(suggestions).isNotEmpty();
    }
}
