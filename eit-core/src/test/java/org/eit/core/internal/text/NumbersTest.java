package org.eit.core.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.5|true|1234.5", "1 234,5|true|1234.5", "1\u00a0234,5|true|1234.5", "1\u202f234,5|true|1234.5",
        "1.234,5|true|1234.5", "12,5|true|12.5", "2,500|true|2.5", "-3,2|true|-3.2", "1234.5|false|1234.5",
        "1,234.5|false|1234.5", "2,500|false|2500", "12,5|false|12.5", "1'234.5|false|1234.5", "1e3|false|1000",
        "+7|false|7", "1.234.567|false|1234567", ".5|false|0.5"
    })
    void readsNumbersAsSpreadsheetsWriteThem(String text, boolean decimalComma, double expected) {
        assertThat(Numbers.parse(text, decimalComma)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "12 t", "1,2,3", "--1", "", "1.2.3", "NaN", "1e999"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(Numbers.parse(text, true)).isEmpty();
    }
}
