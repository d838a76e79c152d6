package org.eit.core.resource;

import org.eit.core.internal.resource.ListOfWaste;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WasteCodeTest {

    @ParameterizedTest
    @CsvSource({"10 01 05, false", "100105, false", "10.01.05, false", "10 01 05*, true", " 13 02 05 * , true"})
    void readsCodesAsPeopleWriteThem(String written, boolean starred) {
        WasteCode.Written code = WasteCode.parse(written).orElseThrow();
        assertThat(code.code()).isEqualTo(written.contains("13") ? "13 02 05" : "10 01 05");
        assertThat(code.starred()).isEqualTo(starred);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 01", "1001055", "ab 01 05", "", "10-01-05x"})
    void rejectsWhatIsNotACode(String written) {
        assertThat(WasteCode.parse(written)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theShippedListHasEveryEntryWithItsHazard() {
        ListOfWaste list = ListOfWaste.shipped();
        assertThat(list.entries()).hasSize(842);
        assertThat(list.entries().stream().filter(WasteCode::hazardous)).hasSize(408);
        assertThat(list.find("10 01 05")).get().satisfies(c -> {
            assertThat(c.hazardous()).isFalse();
            assertThat(c.labelFr()).contains("désulfuration");
        });
        assertThat(list.find("13 02 05")).get().extracting(WasteCode::display).isEqualTo("13 02 05*");
    }
}
