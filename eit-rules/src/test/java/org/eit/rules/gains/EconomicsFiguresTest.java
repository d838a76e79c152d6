package org.eit.rules.gains;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pair's figures kept as numbers read back as given: an unknown one is null, never 0, and equality is the record's. */
class EconomicsFiguresTest {

    private static Economics of(Double density, Double saving, Double transport, Double moved, Double perUnit) {
        return new Economics(density, saving, transport, saving == null || transport == null ? null : saving / transport,
                null, null, null, null, null, 12.5, moved, perUnit);
    }

    @Test
    void unknownFiguresAreNullAndKnownOnesAsGiven() {
        Economics e = of(null, 30.0, 0.0, 1.0, 2.0);
        assertThat(e.heatDensity()).isNull();
        assertThat(e.savingPerUnit()).isEqualTo(30.0);
        assertThat(e.transportPerUnit()).isEqualTo(0.0);
        assertThat(e.savingToCost()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(e.pipeValueToCost()).isNull();
        assertThat(e.routeKm()).isEqualTo(12.5);
        assertThat(e.of("transport-cost")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(e.of("heat-density")).isNull();
        // 4 demand units at 2 per offer unit: 2 offer units, 60 saved, nothing to move.
        assertThat(e.netValue(4)).isEqualTo(60.0);
        assertThat(of(null, null, 5.0, 1.0, 2.0).netValue(4)).isNull();
    }

    @Test
    void equalWhenEveryFigureIsAndAnUnknownFigureIsNotZero() {
        assertThat(of(null, 30.0, 3.0, 1.0, 2.0)).isEqualTo(of(null, 30.0, 3.0, 1.0, 2.0))
                .hasSameHashCodeAs(of(null, 30.0, 3.0, 1.0, 2.0));
        assertThat(of(null, 30.0, 3.0, 1.0, 2.0)).isNotEqualTo(of(0.0, 30.0, 3.0, 1.0, 2.0));
        assertThat(of(Double.NaN, 30.0, 3.0, 1.0, 2.0)).isEqualTo(of(Double.NaN, 30.0, 3.0, 1.0, 2.0))
                .isNotEqualTo(of(null, 30.0, 3.0, 1.0, 2.0));
        assertThat(of(null, 30.0, 3.0, 1.0, 2.0).toString()).contains("heatDensity=null", "savingPerUnit=30.0");
    }
}
