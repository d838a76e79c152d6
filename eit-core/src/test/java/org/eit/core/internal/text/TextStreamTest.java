package org.eit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.junit.jupiter.api.Test;

/** The streaming decoder reads every file as {@link TextDecoder} does, and says the same. */
class TextStreamTest {
    private static final String FRENCH = "id;nom\nA1;Scierie Dupré — « Les Chênes »\nA2;Fromagerie 🧀 œuf\n";

    private static String stream(byte[] bytes, Problems problems) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = TextStream.open("f.csv", new ByteArrayInputStream(bytes), problems)) {
            char[] buffer = new char[7];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                out.write(buffer, 0, n);
            }
        }
        return out.toString();
    }

    private static void sameAsTheWholeFileDecoder(byte[] bytes) throws IOException {
        Problems streamed = new Problems();
        Problems whole = new Problems();
        String text = stream(bytes, streamed);
        assertThat(text).isEqualTo(TextDecoder.decode("f.csv", bytes, whole).text());
        assertThat(codes(streamed.sorted())).isEqualTo(codes(whole.sorted()));
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + "@" + p.line()).toList();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void readsEveryEncodingTheWholeFileDecoderReads() throws IOException {
        sameAsTheWholeFileDecoder(FRENCH.getBytes(StandardCharsets.UTF_8));
        sameAsTheWholeFileDecoder(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                FRENCH.getBytes(StandardCharsets.UTF_8)));
        sameAsTheWholeFileDecoder(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                FRENCH.getBytes(StandardCharsets.UTF_16LE)));
        sameAsTheWholeFileDecoder(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                FRENCH.getBytes(StandardCharsets.UTF_16BE)));
        sameAsTheWholeFileDecoder("id;nom\nA1;Scierie\n".getBytes(StandardCharsets.UTF_16LE));
        sameAsTheWholeFileDecoder("id;nom\nA1;Scierie Dupré\nA2;Forêt\n".getBytes(Charset.forName("windows-1252")));
        sameAsTheWholeFileDecoder(concat("id;nom\nA1;Dupré\n".getBytes(StandardCharsets.UTF_8),
                "A2;Forêt\n".getBytes(Charset.forName("windows-1252"))));
        sameAsTheWholeFileDecoder("a\u0000b\nc\u0007d\ne\uFFFDf\n".getBytes(StandardCharsets.UTF_8));
        sameAsTheWholeFileDecoder(new byte[0]);
    }

    @Test
    void aCharacterCutAcrossTheBufferIsReadWhole() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append("ligne é, 🧀 et œ;");
        }
        sameAsTheWholeFileDecoder(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
