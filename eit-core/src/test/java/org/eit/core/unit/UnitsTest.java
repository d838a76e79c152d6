package org.eit.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({
        "t, t", "tonnes, t", "Tonne, t", "kg, kg", "kilos, kg", "m3, m3", "m³, m3", "mètres cubes, m3",
        "litres, L", "l, L", "MWh, MWh", "mwh, MWh", "kWh, kWh", "GJ, GJ", "tep, toe", "kW, kW", "MW, MW",
        "ha, ha", "hectares, ha", "m², m2", "ETP, FTE", "jours-homme, person-day", "palettes, u", "repas, u"
    })
    void readsUnitsAsPeopleWriteThem(String written, String symbol) {
        assertThat(Units.find(written)).get().extracting(Unit::symbol).isEqualTo(symbol);
    }

    @Test
    void convertsWithinADimension() {
        assertThat(Quantity.of(2500, "kg").in(Units.require("t"))).isCloseTo(2.5, within(1e-12));
        assertThat(Quantity.of(1, "MWh").in(Units.require("GJ"))).isCloseTo(3.6, within(1e-12));
        assertThat(Quantity.of(3600, "MJ").in(Units.require("MWh"))).isCloseTo(1.0, within(1e-12));
        assertThat(Quantity.of(1500, "L").in(Units.require("m3"))).isCloseTo(1.5, within(1e-12));
        assertThat(Quantity.of(2, "ha").in(Units.require("m2"))).isCloseTo(20000, within(1e-9));
        assertThat(Quantity.of(1, "toe").in(Units.require("MWh"))).isCloseTo(11.63, within(1e-12));
        assertThat(Quantity.of(2, "FTE").in(Units.require("person-h"))).isCloseTo(3214, within(1e-9));
    }

    @Test
    void refusesMeaninglessConversions() {
        assertThatThrownBy(() -> Quantity.of(1, "t").in(Units.require("MWh")))
                .isInstanceOf(UnitException.class)
                .hasMessageContaining("cannot convert t (mass) to MWh (energy)");
        assertThatThrownBy(() -> Quantity.of(100, "kW").in(Units.require("kWh")))
                .isInstanceOf(UnitException.class);
        assertThatThrownBy(() -> Quantity.of(1, "m3").energyOver(10)).isInstanceOf(UnitException.class);
    }

    @Test
    void powerBecomesEnergyOnlyOverExplicitHours() {
        assertThat(Quantity.of(500, "kW").energyOver(4000).in(Units.require("MWh"))).isCloseTo(2000, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({
        "t/an, t, YEAR", "tonnes/an, t, YEAR", "m3/j, m3, DAY", "m³/jour, m3, DAY", "MWh par an, MWh, YEAR",
        "kg per week, kg, WEEK", "t/mois, t, MONTH", "L/h, L, HOUR", "repas/jour, u, DAY"
    })
    void readsUnitsWithTheirPeriod(String written, String symbol, Period period) {
        Units.Rate rate = Units.parseRate(written).orElseThrow();
        assertThat(rate.unit().symbol()).isEqualTo(symbol);
        assertThat(rate.period()).isEqualTo(period);
    }

    @Test
    void aPowerTakesNoPeriod() {
        assertThat(Units.parseRate("kW/h")).isEmpty();
        assertThat(Units.parseRate("MWh")).get().extracting(Units.Rate::period).isNull();
        assertThatThrownBy(() -> new FlowQuantity(10, Units.require("kW"), Period.YEAR))
                .isInstanceOf(UnitException.class);
    }

    @Test
    void unknownUnitsAreRefusedWithSuggestions() {
        assertThat(Units.find("tonnnes")).isEmpty();
        assertThat(Units.parseRate("bananas/an")).isEmpty();
        assertThat(Units.suggest("kwhh")).contains("kWh");
    }

    @Test
    void annualisesPerPeriodQuantities() {
        assertThat(new FlowQuantity(12, Units.require("t"), Period.MONTH).annual().value()).isEqualTo(144);
        assertThat(new FlowQuantity(2, Units.require("m3"), Period.DAY).annual().value()).isEqualTo(730);
        assertThat(new FlowQuantity(3, Units.require("t"), Period.WEEK).annualIn(Units.require("kg")))
                .isCloseTo(156000, within(1e-6));
        FlowQuantity stock = new FlowQuantity(2, Units.require("ha"), null);
        assertThat(stock.annual().value()).isEqualTo(2);
        assertThat(stock.isRate()).isFalse();
    }

    @Test
    void refusesNegativeOrNonFiniteQuantities() {
        assertThatThrownBy(() -> new FlowQuantity(-1, Units.require("t"), Period.YEAR))
                .hasMessageContaining("FlowQuantity.value");
        assertThatThrownBy(() -> new Quantity(Double.NaN, Units.require("t")))
                .hasMessageContaining("Quantity.value");
    }

    @Test
    void everyAliasNamesOneUnit() {
        // Units' static initialiser throws when an alias names two units: loading the class is the check.
        assertThat(Units.all()).hasSizeGreaterThan(25);
        for (Dimension dimension : Dimension.values()) {
            assertThat(dimension.baseUnit().toBase()).isEqualTo(1.0);
        }
    }
}
