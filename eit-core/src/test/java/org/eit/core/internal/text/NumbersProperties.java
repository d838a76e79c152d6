package org.eit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Numbers written as spreadsheets write them read back as written; no text makes the reader throw. */
class NumbersProperties {
    private static final Gen<Numbers.Mark> MARKS = Gen.of(Numbers.Mark.class).withExamples(Numbers.Mark.values());

    /** A number and how it is written: decimal mark, thousands separator, decimals. */
    record Written(BigDecimal value, Numbers.Mark mark, String thousands, String text) {
    }

    /** Any number up to 10^12 with 0 to 4 decimals, with either mark and any thousands separator. */
    static Gen<Written> written() {
        Gen<BigDecimal> values = Gen.decimals(new BigDecimal("999999999999"), 4);
        Gen<Integer> scales = Gen.ints(0, 4);
        Gen<Integer> styles = Gen.ints(0, 4);
        return random -> {
            BigDecimal value = values.next(random).setScale(scales.next(random), RoundingMode.DOWN);
            Numbers.Mark mark = MARKS.next(random);
            String thousands = switch (styles.next(random)) {
                case 0 -> "";
                case 1 -> " ";
                case 2 -> "\u00a0";
                case 3 -> "\u202f";
                default -> mark == Numbers.Mark.COMMA ? "." : ",";
            };
            return new Written(value, mark, thousands, write(value, mark, thousands));
        };
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

    @Test
    void aNumberWrittenWithTheColumnsMarkReadsBackAsWritten() {
        Property.forAll(written(), w -> {
            Numbers.Reading reading = Numbers.read(w.text(), w.mark());
            assertThat(reading.usable()).as(w.text()).isTrue();
            assertThat(reading.value()).as(w.text()).isEqualTo(w.value().doubleValue());
        });
    }

    @Test
    void theTallyOfAColumnFindsItsMarkWhenOneValueShowsIt() {
        Property.forAll(written(), w -> {
            Numbers.Mark shown = Numbers.evidence(w.text());
            if (shown != null) {
                assertThat(shown).as(w.text()).isEqualTo(w.mark());
                assertThat(new Numbers.Tally().add(w.text()).add("12").decided()).isEqualTo(w.mark());
            }
        });
    }

    @Test
    void theReaderNeverThrowsAndOnlyGivesFiniteBoundedValues() {
        Gen<String> texts = Gen.anyStrings().withExamples("", "-", ".", ",", "NaN", "Infinity", "-\u221e", "1e999",
                "1e-999", "1e15", "1000000000000001", "#DIV/0!", "\u0663");
        Property.forAll(texts, MARKS, (text, mark) -> {
            Numbers.Reading reading = Numbers.read(text, mark);
            if (reading.usable()) {
                assertThat(reading.value()).isFinite();
                assertThat(Math.abs(reading.value())).isLessThanOrEqualTo(Numbers.MAX_MAGNITUDE);
            } else {
                assertThat(reading.value()).isNaN();
            }
        });
    }

    @Test
    void numberLikeTextsNeverThrowEither() {
        Gen<String> numberLike = Gen.strings(Gen.charsOf("0123456789.,-+eE '\u00a0"), 0, 24)
                .withExamples("", "e", "-", "+", ".", ",", "1e9999", "1e-9999", "9999999999999999", "1 000,5");
        Property.forAll(numberLike, MARKS, (text, mark) -> {
            Numbers.Reading reading = Numbers.read(text, mark);
            assertThat(reading.usable() ? Double.isFinite(reading.value()) : Double.isNaN(reading.value())).isTrue();
            assertThat(Numbers.parse(text, mark == Numbers.Mark.COMMA).isPresent()).isEqualTo(reading.usable());
        });
    }

    @Test
    void theMarkOfPlainDigitsIsWhatReadingThemShows() {
        Gen<String> plain = Gen.strings(Gen.charsOf("0123456789.,-e "), 0, 12)
                .withExamples("", ".", ",", "5.", ".5", "0.250", "1.250", "1234,5", "12,500", "1,2", "-1.250", "1e3");
        Property.forAll(plain, text -> assertThat(Numbers.evidence(text)).as(text)
                .isEqualTo(Numbers.evidenceByReading(text)));
    }
}
