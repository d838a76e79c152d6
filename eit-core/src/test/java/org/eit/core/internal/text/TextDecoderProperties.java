package org.eit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eit.core.problem.Problems;

/** What any editor saves reads back as it was typed; no bytes make the decoder throw or let NUL through. */
class TextDecoderProperties {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Text people type: letters of any script, digits, punctuation, line breaks, tabs; no control characters. */
    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u017f')
                .withCharRange('\u0391', '\u03c9')
                .withCharRange('\u4e00', '\u4e40')
                .withChars('\n', '\t', '\r', '€', '’', '«', '»', '—')
                .ofMaxLength(200)
                .edgeCases(c -> c.add(""));
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

    @Property
    void unicodeTextReadsBackInEveryEncodingSpreadsheetsSave(@ForAll("typed") String text, @ForAll Saved saved) {
        Problems problems = new Problems();
        TextDecoder.Decoded decoded = TextDecoder.decode("f.csv", save(text, saved), problems);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(problems.isEmpty()).as("%s", problems.sorted()).isTrue();
    }

    /**
     * French as typed: ASCII words, and accented letters each followed by a plain letter (in Windows-1252 an accented
     * letter before a byte such as € or ’ may happen to form a valid UTF-8 pair; typed French does not do that).
     */
    @Provide
    Arbitrary<String> western() {
        Arbitrary<String> accented = Combinators.combine(Arbitraries.of("à", "â", "ç", "é", "è", "ê", "ë", "î", "ï",
                "ô", "ù", "û", "ü", "ÿ", "œ", "€", "’", "°"), Arbitraries.chars().range('a', 'z'))
                .as((a, b) -> a + b);
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('\n').ofMaxLength(8);
        return Arbitraries.oneOf(accented, plain).list().ofMinSize(1).ofMaxSize(20).map(l -> String.join("", l))
                .filter(s -> s.chars().anyMatch(c -> c >= 0x80));
    }

    @Property
    void windows1252TextReadsBackWithAWarning(@ForAll("western") String text) {
        Problems problems = new Problems();
        TextDecoder.Decoded decoded = TextDecoder.decode("f.csv", text.getBytes(CP1252), problems);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(problems.sorted()).extracting(p -> p.code()).containsExactly("encoding.windows-1252");
    }

    @Property(tries = 300)
    void anyBytesDecodeWithoutExceptionAndWithoutNulReplacementOrControlCharacters(@ForAll byte[] bytes) {
        Problems problems = new Problems();
        String text = TextDecoder.decode("f.csv", bytes, problems).text();
        assertThat(text.chars().noneMatch(c -> c == 0 || c == 0xFFFD || c == 0xFEFF
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f))).isTrue();
        problems.sorted().forEach(p -> assertThat(p.toString()).doesNotContain("\u0000", "\uFFFD"));
    }
}
