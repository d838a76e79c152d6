package org.eit.core.internal.text;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @Test
    void foldsCaseAccentsAndOddSpaces() {
        assertThat(Text.fold("Drêches\u00a0DE Brasserie")).isEqualTo("dreches de brasserie");
    }

    @Test
    void measuresEditDistance() {
        assertThat(Text.editDistance("kitten", "sitting")).isEqualTo(3);
        // A swap of neighbours is two edits for Levenshtein, one for the names people mistype.
        assertThat(Text.editDistance("analzye", "analyze")).isEqualTo(2);
        assertThat(Text.swapDistance("analzye", "analyze")).isEqualTo(1);
        assertThat(Text.swapDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Text.oneEditApart("carton", "cartons")).isTrue();
        assertThat(Text.oneEditApart("carton", "carton")).isFalse();
        assertThat(Text.oneEditApart("carton", "bouton")).isFalse();
    }

    @Test
    void suggestsTheClosestKnownWordOnlyWhenClose() {
        assertThat(Text.closest("A0012", List.of("A001", "A002", "B100"))).contains("A001");
        assertThat(Text.closest("zzzzzz", List.of("A001", "A002"))).isEmpty();
    }
}
