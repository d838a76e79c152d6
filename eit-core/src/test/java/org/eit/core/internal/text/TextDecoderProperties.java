package org.eit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eit.core.problem.Problems;
import org.eit.core.testing.Examples;
import org.eit.core.testing.Gen;
import org.eit.core.testing.Property;
import org.junit.jupiter.api.Test;

/** What any editor saves reads back as it was typed; no bytes make the decoder throw or let NUL through. */
class TextDecoderProperties {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Text people type: letters of any script, digits, punctuation, line breaks, tabs; no control characters. */
    static Gen<String> typed() {
        return Gen.strings(Gen.oneOf(
                Gen.chars(' ', '~'),
                Gen.chars('\u00a0', '\u017f'),
                Gen.chars('\u0391', '\u03c9'),
                Gen.chars('\u4e00', '\u4e40'),
                Gen.charsOf("\n\t\r€’«»—")), 0, 200).withExamples("");
    }

    enum Saved { UTF8, UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM }

    static byte[] save(String text, Saved saved) {
        return switch (saved) {
            case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
            case UTF8_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case UTF16LE_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            case UTF16BE_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        };
    }

    @Test
    void unicodeTextReadsBackInEveryEncodingSpreadsheetsSave() {
        Property.forAll(typed(), Gen.of(Saved.class).withExamples(Saved.values()), (text, saved) -> {
            Problems problems = new Problems();
            TextDecoder.Decoded decoded = TextDecoder.decode("f.csv", save(text, saved), problems);
            assertThat(decoded.text()).isEqualTo(text);
            assertThat(problems.isEmpty()).as("%s", problems.sorted()).isTrue();
        });
    }

    /**
     * French as typed: ASCII words, and accented letters each followed by a plain letter (in Windows-1252 an accented
     * letter before a byte such as € or ’ may happen to form a valid UTF-8 pair; typed French does not do that).
     */
    static Gen<String> western() {
        Gen<String> accentedLetters = Gen.of("à", "â", "ç", "é", "è", "ê", "ë", "î", "ï", "ô", "ù", "û", "ü", "ÿ", "œ",
                "€", "’", "°");
        Gen<Character> letters = Gen.chars('a', 'z');
        Gen<String> accented = random -> accentedLetters.next(random) + letters.next(random);
        Gen<String> plain = Gen.strings(Gen.oneOf(Gen.chars(' ', '~'), Gen.charsOf("\n")), 0, 8);
        return Gen.oneOf(accented, plain).list(1, 20).map(l -> String.join("", l))
                .filter(s -> s.chars().anyMatch(c -> c >= 0x80))
                .withExamples("ça va\n", "œuvre", "€s", "20°c");
    }

    @Test
    void windows1252TextReadsBackWithAWarning() {
        Property.forAll(western(), text -> {
            Problems problems = new Problems();
            TextDecoder.Decoded decoded = TextDecoder.decode("f.csv", text.getBytes(CP1252), problems);
            assertThat(decoded.text()).isEqualTo(text);
            assertThat(problems.sorted()).extracting(p -> p.code()).containsExactly("encoding.windows-1252");
        });
    }

    @Test
    void anyBytesDecodeWithoutExceptionAndWithoutNulReplacementOrControlCharacters() {
        Property.forAll(300, Gen.bytes(Gen.ANY_LENGTH).withExamples(Examples.awkwardBytes()), bytes -> {
            Problems problems = new Problems();
            String text = TextDecoder.decode("f.csv", bytes, problems).text();
            assertThat(text.chars().noneMatch(c -> c == 0 || c == 0xFFFD || c == 0xFEFF
                    || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f))).isTrue();
            problems.sorted().forEach(p -> assertThat(p.toString()).doesNotContain("\u0000", "\uFFFD"));
        });
    }
}
