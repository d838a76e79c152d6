package org.eit.core.internal.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.internal.text.TextStream;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;

/**
 * A CSV file read row by row, for files too large for {@link CsvTable} (a register's extract of millions of lines):
 * decoded by {@link TextStream}, parsed by Jackson's streaming CSV parser, separator guessed from the header line as
 * {@link CsvTable} does, column names compared the same way ({@link CsvTable#columnKey}). Only the current row is in
 * memory. Problems (encoding, syntax) go to the given {@link Problems}; the encoding's are said on {@link #close()}.
 */
public final class CsvStream implements AutoCloseable {
    private static final CsvMapper MAPPER = new CsvMapper();
    /** The header line is looked for within this many characters. */
    private static final int HEADER_WINDOW = 1 << 20;

    private final String file;
    private final TextStream text;
    private final CsvParser parser;
    private final Problems problems;
    private final List<String> header;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final char separator;
    private int line;
    /** 1 inside the outer array of WRAP_AS_ARRAY, 2 inside a record. */
    private int depth;

    private CsvStream(String file, TextStream text, BufferedReader reader, char separator, Problems problems)
            throws IOException {
        this.file = file;
        this.text = text;
        this.problems = problems;
        this.separator = separator;
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(separator)
                .withQuoteChar('"')
                .withComments()
                .withoutEscapeChar()
                .withNullValue(null);
        this.parser = MAPPER.getFactory().createParser(reader);
        parser.setSchema(schema);
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        parser.enable(CsvParser.Feature.TRIM_SPACES);
        String[] first = next();
        header = first == null ? List.of() : List.of(first);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(CsvTable.columnKey(header.get(i)), i);
        }
        if (first == null) {
            problems.error(CoreMessages.MESSAGES, "csv.no-header", Location.of(file, 1), "", null);
        }
    }

    /** Opens {@code in}; {@code file} is the name shown in problems. Closing the stream closes {@code in}. */
    public static CsvStream open(String file, InputStream in, Problems problems) throws IOException {
        TextStream text = TextStream.open(file, in, problems);
        BufferedReader reader = new BufferedReader(text, 1 << 16);
        reader.mark(HEADER_WINDOW);
        char separator = ',';
        char[] window = new char[HEADER_WINDOW];
        int n = 0;
        while (n < window.length) {
            int r = reader.read(window, n, window.length - n);
            if (r < 0) {
                break;
            }
            n += r;
            if (new String(window, 0, n).indexOf('\n') >= 0) {
                break;
            }
        }
        reader.reset();
        if (n > 0) {
            separator = CsvTable.guessSeparator(new String(window, 0, n));
        }
        return new CsvStream(file, text, reader, separator, problems);
    }

    public List<String> header() {
        return header;
    }

    public char separator() {
        return separator;
    }

    /** The 0-based index of column {@code name} (compared as {@link CsvTable#columnKey}), or -1. */
    public int column(String name) {
        return columns.getOrDefault(CsvTable.columnKey(name), -1);
    }

    /** The line the last row returned by {@link #next()} starts on. */
    public int line() {
        return line;
    }

    /**
     * The next row's cells (wholly blank rows are skipped), or null at the end of the file or at a syntax error (said
     * in the problems, with its line).
     */
    public String[] next() {
        List<String> cells = new ArrayList<>();
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    if (++depth == 2) {
                        cells.clear();
                        line = 0;
                    }
                } else if (token == JsonToken.VALUE_STRING && depth == 2) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    return cells.toArray(new String[0]);
                }
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.error(CoreMessages.MESSAGES, "csv.syntax", Location.of(file, at), "", null,
                    e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(CoreMessages.MESSAGES, "csv.unreadable", Location.of(file), "", null, e.getMessage());
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            text.close();
        }
    }
}
