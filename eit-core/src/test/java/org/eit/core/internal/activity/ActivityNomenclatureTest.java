package org.eit.core.internal.activity;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityNomenclatureTest {

    @ParameterizedTest
    @CsvSource({"10.71C, 10.71C", "1071C, 10.71C", "1071c, 10.71C", "10.71, 10.71", "1071, 10.71", "10.7, 10.7",
        "10, 10", "C, C"})
    void normalisesCodes(String written, String code) {
        assertThat(ActivityNomenclature.normalise(written)).contains(code);
    }

    @Test
    void findsCodesWithLabelsInBothLanguages() {
        ActivityCode bakery = ActivityNomenclature.shipped().find("1071C").orElseThrow();
        assertThat(bakery.level()).isEqualTo("subclass");
        assertThat(bakery.label(Locale.FRENCH)).isEqualTo("Boulangerie et boulangerie-pâtisserie");
        assertThat(bakery.label(Locale.ENGLISH)).isNotBlank();
        assertThat(bakery.division()).isEqualTo("10");
        assertThat(ActivityNomenclature.shipped().find("99.99Z")).isEmpty();
        assertThat(ActivityNomenclature.shipped().find("boulangerie")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"01.11Z, A", "03.22Z, A", "05.10Z, B", "10.51C, C", "33.20D, C", "35.30Z, D", "38.21Z, E",
        "41.20B, F", "84.11Z, O", "86.10Z, Q", "99.00Z, U", "C, C"})
    void givesTheSectionOfACode(String code, String section) {
        assertThat(ActivityNomenclature.sectionOf(code)).contains(section);
        assertThat(ActivityNomenclature.shipped().find(code)).isPresent();
    }
}
