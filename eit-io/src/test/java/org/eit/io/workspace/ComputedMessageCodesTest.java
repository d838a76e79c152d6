package org.eit.io.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eit.core.problem.CoreMessages;
import org.eit.io.IoMessages;
import org.junit.jupiter.api.Test;

/**
 * Codes chosen at run time (which eit-cli's MessageCatalogsTest cannot see in the source) have their texts in
 * English and French.
 */
class ComputedMessageCodesTest {
    @Test
    void coordinateAndNumberCodesHaveBothTexts() {
        List<String> io = new ArrayList<>();
        for (CoordinateCheck.Fix fix : CoordinateCheck.Fix.values()) {
            io.add(fix.farAway);
            io.add(fix.outsideArea);
        }
        for (String code : io) {
            assertThat(IoMessages.MESSAGES.has(code)).as(code).isTrue();
            assertThat(IoMessages.MESSAGES.text(Locale.FRENCH, code)).as(code)
                    .isNotEqualTo(IoMessages.MESSAGES.text(Locale.ENGLISH, code)).doesNotStartWith(code);
        }
        for (String code : List.of("number.ambiguous-comma", "number.ambiguous-point", "number.point-among-commas",
                "number.comma-among-points")) {
            assertThat(CoreMessages.MESSAGES.has(code)).as(code).isTrue();
            assertThat(CoreMessages.MESSAGES.text(Locale.FRENCH, code)).as(code)
                    .isNotEqualTo(CoreMessages.MESSAGES.text(Locale.ENGLISH, code)).doesNotStartWith(code);
        }
    }
}
