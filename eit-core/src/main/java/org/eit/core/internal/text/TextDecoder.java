package org.eit.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;

/**
 * The one way eit turns the bytes of a file a person saved (territory.yaml, a CSV table, a JSON or YAML document, a
 * rule file, a knowledge table) into text, whatever the spreadsheet or editor that saved it:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark;</li>
 *   <li>UTF-16 little or big endian with a byte-order mark (Excel's "Unicode text", tab separated), and without a
 *       mark when the zero bytes give it away (with a warning);</li>
 *   <li>Windows-1252 (old Excel and Notepad exports; Latin-1 reads the same), with a warning; a file mostly in UTF-8
 *       with a few Windows-1252 bytes pasted in is read piece by piece, with a warning.</li>
 * </ul>
 *
 * <p>What comes out never holds a NUL byte, a replacement character (U+FFFD) or another control character than tab,
 * line feed and carriage return: they are taken out, and said (a NUL byte is an error: the file is damaged or not
 * text). So no message and no output of eit carries them. Never throws.
 */
public final class TextDecoder {
    /** Windows-1252 for each byte; its five unassigned bytes map to the C1 control of the same value (Latin-1). */
    static final char[] WINDOWS_1252 = new char[256];
    private static final int DETECTION_WINDOW = 4096;

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            WINDOWS_1252[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
    }

    private TextDecoder() {
    }

    /**
     * The text of a file and the encoding it was read in.
     *
     * @param text     the decoded text, without byte-order mark, NUL, U+FFFD or control characters
     * @param encoding {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@code windows-1252} or
     *                 {@code UTF-8+windows-1252} (mixed)
     */
    public record Decoded(String text, String encoding) {
    }

    /** Decodes {@code content}; {@code file} is the name shown in problems. */
    public static Decoded decode(String file, byte[] content, Problems problems) {
        if (content == null) {
            return new Decoded("", "UTF-8");
        }
        Decoded decoded;
        int length = content.length;
        if (length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            decoded = utf8(file, content, 3, problems);
        } else if (length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            decoded = utf16(file, content, 2, StandardCharsets.UTF_16LE, problems);
        } else if (length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            decoded = utf16(file, content, 2, StandardCharsets.UTF_16BE, problems);
        } else {
            Charset unmarked = unmarkedUtf16(content);
            if (unmarked != null) {
                problems.warning(CoreMessages.MESSAGES, "encoding.utf16-no-bom", Location.of(file), "", null,
                        unmarked.name());
                decoded = utf16(file, content, 0, unmarked, problems);
            } else {
                decoded = utf8(file, content, 0, problems);
            }
        }
        return new Decoded(clean(file, decoded.text(), problems), decoded.encoding());
    }

    /** UTF-8 when every byte sequence is valid; else valid sequences as UTF-8 and other bytes as Windows-1252. */
    private static Decoded utf8(String file, byte[] content, int offset, Problems problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(strict.decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString(),
                    "UTF-8");
        } catch (CharacterCodingException e) {
            // Mixed or Windows-1252: read below, byte by byte.
        }
        StringBuilder out = new StringBuilder(content.length);
        int multiByte = 0;
        int foreign = 0;
        int firstForeignLine = 0;
        int line = 1;
        int i = offset;
        while (i < content.length) {
            int b = content[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                if (b == '\n') {
                    line++;
                }
                i++;
                continue;
            }
            int n = utf8SequenceLength(content, i);
            if (n > 0) {
                out.append(new String(content, i, n, StandardCharsets.UTF_8));
                multiByte++;
                i += n;
            } else {
                out.append(WINDOWS_1252[b]);
                if (foreign++ == 0) {
                    firstForeignLine = line;
                }
                i++;
            }
        }
        if (multiByte == 0 && offset == 0) {
            problems.warning(CoreMessages.MESSAGES, "encoding.windows-1252", Location.of(file), "", null);
            return new Decoded(out.toString(), "windows-1252");
        }
        problems.warning(CoreMessages.MESSAGES, "encoding.mixed", Location.of(file, firstForeignLine), "", null,
                foreign);
        return new Decoded(out.toString(), "UTF-8+windows-1252");
    }

    /** The length of the valid UTF-8 sequence at {@code i} (2 to 4), or 0 when the bytes there are not one. */
    private static int utf8SequenceLength(byte[] b, int i) {
        return utf8SequenceLength(b, i, b.length);
    }

    /** The length a UTF-8 sequence led by byte {@code lead} has (2 to 4), or 0 when no sequence starts so. */
    static int utf8LeadLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** As {@link #utf8SequenceLength(byte[], int)}, with the bytes ending at {@code end}. */
    static int utf8SequenceLength(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int n = utf8LeadLength(lead);
        if (n == 0 || i + n > end) {
            return 0;
        }
        int min2 = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int max2 = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        int second = b[i + 1] & 0xFF;
        if (second < min2 || second > max2) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            int c = b[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return n;
    }

    private static Decoded utf16(String file, byte[] content, int offset, Charset charset, Problems problems) {
        if ((content.length - offset) % 2 == 1) {
            // A file cut after the first byte of its last character: that half character goes, and is said.
            byte[] whole = java.util.Arrays.copyOf(content, content.length - 1);
            Decoded decoded = utf16(file, whole, offset, charset, problems);
            problems.warning(CoreMessages.MESSAGES, "encoding.malformed", Location.of(file,
                    lineOf(decoded.text(), decoded.text().length())), "", null, charset.name());
            return decoded;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return new Decoded(decoder.decode(bytes).toString(), charset.name());
        } catch (CharacterCodingException e) {
            // A truncated file (an odd number of bytes) or a lone surrogate: read what can be, say where.
            String text;
            try {
                text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                        .toString();
            } catch (CharacterCodingException impossible) {
                text = "";
            }
            problems.warning(CoreMessages.MESSAGES, "encoding.malformed", Location.of(file, lineOf(text,
                    text.indexOf('\uFFFD'))), "", null, charset.name());
            text = text.replace('\uFFFD', '?');
            return new Decoded(text, charset.name());
        }
    }

    /**
     * UTF-16 without byte-order mark, recognised by its zero bytes: text of Latin letters in UTF-16 has a zero in
     * every other byte. Null when the content does not look so.
     */
    private static Charset unmarkedUtf16(byte[] content) {
        return unmarkedUtf16(content, Math.min(content.length, DETECTION_WINDOW));
    }

    /** As {@link #unmarkedUtf16(byte[])}, over the first {@code length} bytes (a stream's first block). */
    static Charset unmarkedUtf16(byte[] content, int length) {
        int pairs = length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int p = 0; p < pairs; p++) {
            if (content[2 * p] == 0) {
                evenZeros++;
            }
            if (content[2 * p + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Takes out what must not reach a message or an output: a byte-order mark left inside, NUL bytes (an error),
     * replacement characters and other control characters (warnings), each said once per file with the line of the
     * first one and how many there were. A DOS end-of-file mark (Ctrl-Z) at the very end goes silently.
     */
    private static String clean(String file, String text, Problems problems) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = text.length();
        while (end > start && text.charAt(end - 1) == '\u001A') {
            end--;
        }
        int firstBad = -1;
        for (int i = start; i < end; i++) {
            if (unwanted(text.charAt(i))) {
                firstBad = i;
                break;
            }
        }
        if (firstBad < 0) {
            return start == 0 && end == text.length() ? text : text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        out.append(text, start, firstBad);
        int nul = 0;
        int replacement = 0;
        int control = 0;
        int nulLine = 0;
        int replacementLine = 0;
        int controlLine = 0;
        int line = lineOf(text, firstBad);
        for (int i = firstBad; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (!unwanted(c)) {
                out.append(c);
            } else if (c == '\u0000') {
                nulLine = nul++ == 0 ? line : nulLine;
            } else if (c == '\uFFFD') {
                replacementLine = replacement++ == 0 ? line : replacementLine;
                out.append('?');
            } else if (c == '\uFEFF') {
                // a byte-order mark pasted inside: invisible, dropped
                continue;
            } else {
                controlLine = control++ == 0 ? line : controlLine;
                out.append(' ');
            }
        }
        if (nul > 0) {
            problems.error(CoreMessages.MESSAGES, "encoding.nul", Location.of(file, nulLine), "", null, nul);
        }
        if (replacement > 0) {
            problems.warning(CoreMessages.MESSAGES, "encoding.replacement-character", Location.of(file,
                    replacementLine), "", null, replacement);
        }
        if (control > 0) {
            problems.warning(CoreMessages.MESSAGES, "encoding.control-character", Location.of(file, controlLine), "",
                    null, control);
        }
        return out.toString();
    }

    private static boolean unwanted(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F) || c == '\uFFFD' || c == '\uFEFF';
    }

    /** The 1-based line of character {@code index} of {@code text}. */
    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
