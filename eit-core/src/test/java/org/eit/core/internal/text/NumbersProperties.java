package org.eit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Numbers written as spreadsheets write them read back as written; no text makes the reader throw. */
class NumbersProperties {

    /** A number and how it is written: decimal mark, thousands separator, decimals. */
    record Written(BigDecimal value, Numbers.Mark mark, String thousands, String text) {
    }

    @Provide
    Arbitrary<Written> written() {
        Arbitrary<BigDecimal> values = Combinators.combine(Arbitraries.bigDecimals()
                        .between(new BigDecimal("-999999999999"), new BigDecimal("999999999999"))
                        .ofScale(4), Arbitraries.integers().between(0, 4))
                .as((v, scale) -> v.setScale(scale, RoundingMode.DOWN));
        Arbitrary<Numbers.Mark> marks = Arbitraries.of(Numbers.Mark.class);
        return Combinators.combine(values, marks, Arbitraries.integers().between(0, 4))
                .as((value, mark, style) -> {
                    String thousands = switch (style) {
                        case 0 -> "";
                        case 1 -> " ";
                        case 2 -> "\u00a0";
                        case 3 -> "\u202f";
                        default -> mark == Numbers.Mark.COMMA ? "." : ",";
                    };
                    return new Written(value, mark, thousands, write(value, mark, thousands));
                });
    }

    static String write(BigDecimal value, Numbers.Mark mark, String thousands) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(thousands);
            }
            grouped.append(integer.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + (fraction.isEmpty() ? "" : mark.symbol() + fraction);
    }

    @Property
    void aNumberWrittenWithTheColumnsMarkReadsBackAsWritten(@ForAll("written") Written w) {
        Numbers.Reading reading = Numbers.read(w.text(), w.mark());
        assertThat(reading.usable()).as(w.text()).isTrue();
        assertThat(reading.value()).as(w.text()).isEqualTo(w.value().doubleValue());
    }

    @Property
    void theTallyOfAColumnFindsItsMarkWhenOneValueShowsIt(@ForAll("written") Written w) {
        Numbers.Mark shown = Numbers.evidence(w.text());
        if (shown != null) {
            assertThat(shown).as(w.text()).isEqualTo(w.mark());
            assertThat(new Numbers.Tally().add(w.text()).add("12").decided()).isEqualTo(w.mark());
        }
    }

    @Property
    void theReaderNeverThrowsAndOnlyGivesFiniteBoundedValues(@ForAll String text, @ForAll Numbers.Mark mark) {
        Numbers.Reading reading = Numbers.read(text, mark);
        if (reading.usable()) {
            assertThat(reading.value()).isFinite();
            assertThat(Math.abs(reading.value())).isLessThanOrEqualTo(Numbers.MAX_MAGNITUDE);
        } else {
            assertThat(reading.value()).isNaN();
        }
    }

    @Property
    void numberLikeTextsNeverThrowEither(@ForAll("numberLike") String text, @ForAll Numbers.Mark mark) {
        Numbers.Reading reading = Numbers.read(text, mark);
        assertThat(reading.usable() ? Double.isFinite(reading.value()) : Double.isNaN(reading.value())).isTrue();
        assertThat(Numbers.parse(text, mark == Numbers.Mark.COMMA).isPresent()).isEqualTo(reading.usable());
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("0123456789.,-+eE '\u00a0").ofMinLength(0).ofMaxLength(24);
    }
}
