package org.eit.core.internal.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eit.core.internal.text.Text;
import org.eit.core.internal.text.TextDecoder;
import org.eit.core.problem.CoreMessages;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;

/**
 * A CSV file as spreadsheets export it, read into rows that remember their line: the one reader behind workspace
 * files, knowledge tables and reference lists.
 *
 * <p>It accepts {@code ;}, {@code ,} or tab separators (guessed from the header line), and every encoding
 * {@link TextDecoder} reads (UTF-8 with or without a byte-order mark, UTF-16 as Excel's "Unicode text", Windows-1252
 * with a warning). Header names are compared
 * without case, accents or surrounding spaces. Wholly empty lines are skipped; lines starting with {@code #} are
 * comments. Problems go to the given {@link Problems}, all of them, with file and line.
 */
public final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final java.util.regex.Pattern SPACES_AND_DASHES = java.util.regex.Pattern.compile("[\\s-]+");
    private static final Map<String, String> COLUMN_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String file;
    private final char separator;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<Row> rows;
    /** Other names of columns, folded by {@link #columnKey}, to the folded name callers look them up by. */
    private final Map<String, String> aliases;

    /** The line the header was read from (comments may come before it). */
    private final int headerLine;

    private CsvTable(String file, char separator, List<String> header, Map<String, Integer> columns,
                     List<Row> rows) {
        this(file, separator, header, columns, rows, Map.of(), 1);
    }

    private CsvTable(String file, char separator, List<String> header, Map<String, Integer> columns,
                     List<Row> rows, Map<String, String> aliases, int headerLine) {
        this.headerLine = headerLine;
        this.file = file;
        this.separator = separator;
        this.header = header;
        this.columns = columns;
        this.rows = rows;
        this.aliases = aliases;
    }

    /**
     * The same table whose columns may also be named by an alias: a header {@code quantité} is then the column
     * {@code quantity} for every lookup. {@code aliases} maps other names to the names callers use; both are folded
     * by {@link #columnKey}, so accents and case do not matter. A header naming a column twice (by its name and an
     * alias) is reported as a duplicate column; the header keeps the names as written, for messages.
     */
    public CsvTable withAliases(Map<String, String> aliases, Problems problems) {
        Map<String, String> folded = new java.util.HashMap<>();
        aliases.forEach((alias, name) -> folded.put(columnKey(alias), columnKey(name)));
        Map<String, Integer> renamed = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = columnKey(header.get(i));
            if (key.isEmpty()) {
                continue;
            }
            Integer previous = renamed.putIfAbsent(folded.getOrDefault(key, key), i);
            if (previous != null && !previous.equals(columns.get(key))) {
                problems.error(CoreMessages.MESSAGES, "csv.duplicate-column", new Location(file, headerLine, i + 1),
                        "", header.get(i), previous + 1);
            }
        }
        Map<String, Integer> view = Collections.unmodifiableMap(renamed);
        List<Row> renamedRows = rows.stream().map(r -> new Row(r.file, r.line, r.cells, view, r.decimalComma))
                .toList();
        return new CsvTable(file, separator, header, view, renamedRows, Map.copyOf(folded), headerLine);
    }

    /** The name callers look the column written {@code name} up by: its alias resolved, folded. */
    public String field(String name) {
        String key = columnKey(name);
        return aliases.getOrDefault(key, key);
    }

    /** No limit on the number of rows. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    /**
     * Reads {@code content}. {@code file} is the name shown in problems ({@code flows.csv}). Returns an empty table
     * when the file cannot be read at all (the reason is in {@code problems}).
     */
    public static CsvTable read(String file, byte[] content, Problems problems) {
        return read(file, content, problems, UNLIMITED);
    }

    /**
     * Reads {@code content}, decoded by {@link TextDecoder}, keeping at most {@code maxRows} rows: a file with more
     * is an error ({@code csv.too-many-rows}) and its first {@code maxRows} rows are kept.
     */
    public static CsvTable read(String file, byte[] content, Problems problems, long maxRows) {
        if (content == null || content.length == 0) {
            problems.error(CoreMessages.MESSAGES, "csv.empty", Location.of(file), "", null);
            return new CsvTable(file, ',', List.of(), Map.of(), List.of());
        }
        return parse(file, TextDecoder.decode(file, content, problems).text(), problems, maxRows);
    }

    /** Reads a text already decoded (a knowledge table handed over as a {@code SourceFile}). */
    public static CsvTable parse(String file, String text, Problems problems, long maxRows) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            problems.error(CoreMessages.MESSAGES, "csv.empty", Location.of(file), "", null);
            return new CsvTable(file, ',', List.of(), Map.of(), List.of());
        }
        char separator = guessSeparator(text);
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(separator)
                .withQuoteChar('"')
                .withComments()
                .withoutEscapeChar()
                .withNullValue(null);
        List<String> header = null;
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        int headerLine = 1;
        try (CsvParser parser = MAPPER.getFactory().createParser(text)) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            // WRAP_AS_ARRAY gives one outer array holding one array per record.
            JsonToken token;
            List<String> cells = null;
            SharedTexts shared = new SharedTexts();
            int depth = 0;
            int line = 0;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    if (++depth == 2) {
                        cells = new ArrayList<>();
                        line = 0;
                    }
                } else if (token == JsonToken.VALUE_STRING && depth == 2) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(shared.of(cells.size(), parser.getText()));
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    int filled = filledUpToTwo(cells);
                    if (filled == 0) {
                        continue;
                    }
                    if (header == null) {
                        header = List.copyOf(cells);
                        headerLine = line;
                        readHeader(file, line, header, columns, problems);
                    } else if (filled == 1 && otherSeparator(cells, header.size(), separator) != 0
                            && !startsQuoted(text, line)) {
                        // One cell where the header has several: the row was typed with another separator. Said
                        // once, rather than as every required value missing.
                        problems.error(CoreMessages.MESSAGES, "csv.wrong-separator", Location.of(file, line), "",
                                null, header.size(), String.valueOf(otherSeparator(cells, header.size(), separator))
                                        .replace("\t", "tab"), separator == '\t' ? "tab" : String.valueOf(separator));
                    } else if (rows.size() >= maxRows) {
                        problems.error(CoreMessages.MESSAGES, "csv.too-many-rows", Location.of(file, line), "", null,
                                maxRows);
                        break;
                    } else {
                        rows.add(new Row(file, line, cells.toArray(String[]::new), columns, separator == ';'));
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.error(CoreMessages.MESSAGES, "csv.syntax", Location.of(file, line), "", null, e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(CoreMessages.MESSAGES, "csv.unreadable", Location.of(file), "", null, e.getMessage());
        }
        if (header == null) {
            problems.error(CoreMessages.MESSAGES, "csv.no-header", Location.of(file, 1), "", null);
            header = List.of();
        }
        for (Row row : rows) {
            for (int i = header.size(); i < row.cells.length; i++) {
                if (!row.cells[i].isBlank()) {
                    problems.error(CoreMessages.MESSAGES, "csv.extra-cell", new Location(file, row.line, i + 1), "", row.cells[i],
                            header.size());
                }
            }
        }
        return new CsvTable(file, separator, header, Collections.unmodifiableMap(columns), List.copyOf(rows),
                Map.of(), headerLine);
    }

    /**
     * The separator a row seems typed with when it has a single cell while the header has several, and that cell
     * holds another separator often enough to make up the columns; 0 otherwise.
     */
    /**
     * Whether line {@code line} (1-based) of {@code text} starts with a quoted cell: a quoted cell holding the other
     * separator is what the author meant ("Scierie; Dupont"), not a row typed with another separator.
     */
    private static boolean startsQuoted(String text, int line) {
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0) {
            return false;
        }
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return start < text.length() && text.charAt(start) == '"';
    }

    /** How many cells of a row are not blank: 0, 1, or 2 for two or more (all a row's reading needs to know). */
    private static int filledUpToTwo(List<String> cells) {
        int filled = 0;
        for (int i = 0; i < cells.size() && filled < 2; i++) {
            if (!cells.get(i).isBlank()) {
                filled++;
            }
        }
        return filled;
    }

    private static char otherSeparator(List<String> cells, int columns, char separator) {
        if (columns < 3 || filledUpToTwo(cells) != 1 || cells.get(0).isBlank()) {
            return 0;
        }
        String cell = cells.get(0);
        for (char other : new char[] {';', ',', '\t'}) {
            if (other != separator && cell.chars().filter(c -> c == other).count() >= columns / 2) {
                return other;
            }
        }
        return 0;
    }

    private static void readHeader(String file, int line, List<String> header, Map<String, Integer> columns,
                                   Problems problems) {
        for (int i = 0; i < header.size(); i++) {
            String name = columnKey(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = columns.putIfAbsent(name, i);
            if (previous != null) {
                problems.error(CoreMessages.MESSAGES, "csv.duplicate-column", new Location(file, line, i + 1), "", header.get(i),
                        previous + 1);
            }
        }
    }

    /**
     * The separator that occurs most in the header line (the first line that is not a comment) outside quotes;
     * {@code ,} when there is none.
     */
    static char guessSeparator(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                return separatorOf(line);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return ',';
    }

    private static char separatorOf(String line) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** How header names are compared: lower case, no accents, inner spaces and dashes as underscores. */
    public static String columnKey(String name) {
        // Rows look columns up by name for every cell: the few names of a file are folded once.
        return COLUMN_KEYS.computeIfAbsent(name, n -> SPACES_AND_DASHES.matcher(Text.fold(n.trim())).replaceAll("_"));
    }

    public String file() {
        return file;
    }

    public char separator() {
        return separator;
    }

    /** Decimal comma is the convention of semicolon-separated files (French spreadsheet exports). */
    public boolean decimalComma() {
        return separator == ';';
    }


    public List<String> header() {
        return header;
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(field(name));
    }

    /** The 1-based column number of {@code name} (or of its alias), or 0 when the table does not have it. */
    public int columnNumber(String name) {
        Integer index = columns.get(field(name));
        return index == null ? 0 : index + 1;
    }

    /** The header as written for the column callers name {@code name}; {@code name} when there is none. */
    public String written(String name) {
        Integer index = columns.get(field(name));
        return index == null ? name : header.get(index).trim();
    }

    /** Header names that are not in {@code known} (nor aliases of them), as written. */
    public List<String> unknownColumns(List<String> known) {
        List<String> knownKeys = known.stream().map(CsvTable::columnKey).toList();
        return header.stream().filter(name -> !name.isBlank() && !knownKeys.contains(field(name))).toList();
    }

    /**
     * Reports each of {@code required} that the header lacks; true when none is missing. A table without a header
     * (an empty file, already reported) lacks them all but is not reported again.
     */
    public boolean requireColumns(List<String> required, Problems problems) {
        if (header.isEmpty()) {
            return false;
        }
        boolean complete = true;
        for (String name : required) {
            if (!hasColumn(name)) {
                problems.error(CoreMessages.MESSAGES, "csv.missing-column", Location.of(file, 1), name, null, String.join(", ", header));
                complete = false;
            }
        }
        return complete;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * One copy of each value a column repeats (a unit, a direction, a town): a region's file holds millions of cells,
     * most of them a few texts written again and again. A column stops being shared once most of its values differ
     * (identifiers, names, coordinates), or once it has shown {@link #MOST} different ones.
     */
    private static final class SharedTexts {
        /** Below this many different values a column is always shared. */
        private static final int FEW = 1024;
        private static final int MOST = 65_536;
        private final List<Map<String, String>> byColumn = new ArrayList<>();
        private final List<int[]> cells = new ArrayList<>();

        String of(int column, String text) {
            while (byColumn.size() <= column) {
                byColumn.add(new java.util.HashMap<>());
                cells.add(new int[1]);
            }
            Map<String, String> seen = byColumn.get(column);
            if (seen == null) {
                return text;
            }
            int read = ++cells.get(column)[0];
            String shared = seen.putIfAbsent(text, text);
            if (shared != null) {
                return shared;
            }
            if (seen.size() > MOST || seen.size() > FEW && 2 * seen.size() > read) {
                byColumn.set(column, null);
            }
            return text;
        }
    }

    /** One data line: its cells by column name, each with the location of the cell. */
    public static final class Row {
        private final String file;
        private final int line;
        private final String[] cells;
        private final Map<String, Integer> columns;
        private final boolean decimalComma;

        Row(String file, int line, String[] cells, Map<String, Integer> columns, boolean decimalComma) {
            this.file = file;
            this.line = line;
            this.cells = cells;
            this.columns = columns;
            this.decimalComma = decimalComma;
        }

        /** Whether numbers of this row's file use a decimal comma (see {@link CsvTable#decimalComma()}). */
        public boolean decimalComma() {
            return decimalComma;
        }

        public int line() {
            return line;
        }

        /**
         * The cell of the column callers name {@code field}, a name as {@link CsvTable#field} gives it, as read (not
         * trimmed); null when the table has no such column.
         */
        public String cell(String field) {
            Integer index = columns.get(field);
            return index == null || index >= cells.length ? null : cells[index];
        }

        /** The trimmed cell of {@code column}; empty when blank or when the table has no such column. */
        public Optional<String> get(String column) {
            Integer index = columns.get(columnKey(column));
            if (index == null || index >= cells.length) {
                return Optional.empty();
            }
            String value = cells[index];
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        public String getOrEmpty(String column) {
            return get(column).orElse("");
        }

        /** Where the cell of {@code column} is: file, line and its 1-based column (0 when absent). */
        public Location at(String column) {
            Integer index = columns.get(columnKey(column));
            return new Location(file, line, index == null ? 0 : index + 1);
        }

        public Location at() {
            return Location.of(file, line);
        }
    }
}
