package org.eit.core.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;

/**
 * {@link TextDecoder} for a file too large to hold in memory (a SIRENE extract of millions of lines): the same
 * encodings, read as a stream, with the same cleaning and the same problems, said when the stream is
 * {@linkplain #close() closed}.
 *
 * <ul>
 *   <li>a UTF-8 or UTF-16 byte-order mark, or UTF-16 without a mark recognised by the zero bytes of the first 4 KiB
 *       (with a warning);</li>
 *   <li>else UTF-8, where every byte that does not start a valid UTF-8 sequence reads as Windows-1252: a file with
 *       no UTF-8 sequence at all is said to be Windows-1252, a file with both to be mixed, as {@link TextDecoder}
 *       says;</li>
 *   <li>no NUL (an error), replacement character ({@code ?}, a warning), other control character (a space, a
 *       warning) or byte-order mark comes out.</li>
 * </ul>
 *
 * <p>Memory stays at a 64 KiB buffer, whatever the size of the file. Not thread-safe.
 */
public final class TextStream extends Reader {
    private static final int BUFFER = 1 << 16;
    private static final int DETECTION_WINDOW = 4096;

    private final String file;
    private final Problems problems;
    /** UTF-16 input, decoded by the JDK; null for UTF-8 and Windows-1252, decoded here. */
    private final Reader utf16;
    private final InputStream in;
    private final String encodingName;
    private final byte[] bytes = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** A character decoded but not yet handed out (the low half of a surrogate pair). */
    private int pending = -1;
    private int line = 1;
    private int multiByte;
    private int foreign;
    private int firstForeignLine;
    private int nul;
    private int nulLine;
    private int replacement;
    private int replacementLine;
    private int control;
    private int controlLine;
    private boolean closed;
    private boolean atStart = true;

    private TextStream(String file, InputStream in, Charset utf16Charset, boolean unmarked, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.in = in;
        if (utf16Charset != null) {
            if (unmarked) {
                problems.warning(CoreMessages.MESSAGES, "encoding.utf16-no-bom", Location.of(file), "", null,
                        utf16Charset.name());
            }
            this.utf16 = new InputStreamReader(in, utf16Charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            this.encodingName = utf16Charset.name();
        } else {
            this.utf16 = null;
            this.encodingName = "UTF-8";
        }
    }

    /**
     * A reader of {@code in}'s text; {@code file} is the name shown in problems, which go to {@code problems} (those
     * of the whole stream when it is closed). Closing it closes {@code in}.
     */
    public static TextStream open(String file, InputStream in, Problems problems) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, DETECTION_WINDOW);
        byte[] head = new byte[DETECTION_WINDOW];
        int n = 0;
        while (n < head.length) {
            int r = pushback.read(head, n, head.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        int skip = 0;
        Charset utf16 = null;
        boolean unmarked = false;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            skip = 2;
            utf16 = StandardCharsets.UTF_16LE;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            skip = 2;
            utf16 = StandardCharsets.UTF_16BE;
        } else {
            utf16 = TextDecoder.unmarkedUtf16(head, n);
            unmarked = utf16 != null;
        }
        if (n > skip) {
            pushback.unread(head, skip, n - skip);
        }
        return new TextStream(file, pushback, utf16, unmarked, problems);
    }

    /** The encoding read: {@code UTF-8} (possibly with Windows-1252 bytes), {@code UTF-16LE} or {@code UTF-16BE}. */
    public String encoding() {
        return encodingName;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written < len) {
            int c = nextRaw();
            if (c < 0) {
                break;
            }
            c = clean(c);
            if (c >= 0) {
                out[off + written++] = (char) c;
            }
        }
        return written == 0 ? -1 : written;
    }

    /** The next character of the text, not yet cleaned; -1 at the end. */
    private int nextRaw() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        if (utf16 != null) {
            return utf16.read();
        }
        if (pos >= limit && !fill(1)) {
            return -1;
        }
        int b = bytes[pos] & 0xFF;
        if (b < 0x80) {
            pos++;
            return b;
        }
        int n = TextDecoder.utf8LeadLength(b);
        if (n > 0 && limit - pos < n) {
            fill(n);
        }
        if (n > 0 && TextDecoder.utf8SequenceLength(bytes, pos, limit) == n) {
            int code = b & (0xFF >> (n + 1));
            for (int k = 1; k < n; k++) {
                code = (code << 6) | (bytes[pos + k] & 0x3F);
            }
            pos += n;
            multiByte++;
            if (code > 0xFFFF) {
                pending = Character.lowSurrogate(code);
                return Character.highSurrogate(code);
            }
            return code;
        }
        pos++;
        if (foreign++ == 0) {
            firstForeignLine = line;
        }
        return TextDecoder.WINDOWS_1252[b];
    }

    /** Makes at least {@code wanted} bytes available from {@code pos} unless the stream ends first. */
    private boolean fill(int wanted) throws IOException {
        if (pos > 0) {
            System.arraycopy(bytes, pos, bytes, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (!eof && limit < wanted) {
            int r = in.read(bytes, limit, bytes.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit > pos;
    }

    /** The character as it may come out, or -1 when it is taken out; counts what is said at the end. */
    private int clean(int c) {
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                return -1;
            }
        }
        if (c == '\n') {
            line++;
            return c;
        }
        if (c >= 0x20 && c < 0x7F || c == '\t' || c == '\r') {
            return c;
        }
        if (c == 0) {
            nulLine = nul++ == 0 ? line : nulLine;
            return -1;
        }
        if (c == '\uFFFD') {
            replacementLine = replacement++ == 0 ? line : replacementLine;
            return '?';
        }
        if (c == '\uFEFF' || c == '\u001A') {
            return -1;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            controlLine = control++ == 0 ? line : controlLine;
            return ' ';
        }
        return c;
    }

    /** Closes the input and says what the text held that had to be taken out or guessed, once per kind. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (utf16 != null) {
            utf16.close();
        } else {
            in.close();
        }
        if (foreign > 0) {
            if (multiByte == 0) {
                problems.warning(CoreMessages.MESSAGES, "encoding.windows-1252", Location.of(file), "", null);
            } else {
                problems.warning(CoreMessages.MESSAGES, "encoding.mixed", Location.of(file, firstForeignLine), "",
                        null, foreign);
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
            problems.warning(CoreMessages.MESSAGES, "encoding.control-character", Location.of(file, controlLine),
                    "", null, control);
        }
    }
}
