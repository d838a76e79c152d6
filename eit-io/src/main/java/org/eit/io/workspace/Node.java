package org.eit.io.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.io.IoMessages;

/**
 * A JSON or YAML document read into values that remember their line and column, so that validation can name the
 * place of every problem, and collect all of them rather than stop at the first as data binding would. Duplicate
 * keys are reported (a key written twice hides a value the user meant).
 */
sealed interface Node permits Node.Scalar, Node.MapNode, Node.ListNode {
    Location at();

    /**
     * A number, text, boolean or null, kept as the text written. {@code text} is null for a YAML/JSON null;
     * {@code number} is true for a number token (not a quoted text).
     */
    record Scalar(String text, Location at, boolean number) implements Node {
        Scalar(String text, Location at) {
            this(text, at, false);
        }
    }

    /** An object; {@code keys} gives where each key was written, for problems about the key itself. */
    record MapNode(Map<String, Node> entries, Map<String, Location> keys, Location at) implements Node {
        Location keyAt(String key) {
            return keys.getOrDefault(key, at);
        }
    }

    record ListNode(List<Node> items, Location at) implements Node {
    }

    /** Deeper than this, a document is not a territory (which needs four levels) but a mistake or an attack. */
    int MAX_DEPTH = 100;

    /** Reads {@code content}; YAML when {@code yaml}, else JSON. Returns null (with problems) if unreadable. */
    static Node read(String file, String content, boolean yaml, Problems problems) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .build();
        JsonFactory factory;
        if (yaml) {
            LoaderOptions options = new LoaderOptions();
            // The file's size is limited before it is read (ReadLimits); SnakeYAML's own 3 MB cap would refuse
            // large territories with a message of its own.
            options.setCodePointLimit(Integer.MAX_VALUE);
            options.setNestingDepthLimit(MAX_DEPTH);
            factory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
        } else {
            factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        }
        JsonParser open = null;
        try (JsonParser parser = factory.createParser(content)) {
            open = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(IoMessages.MESSAGES, "document.empty", Location.of(file), "", null);
                return null;
            }
            Aliases aliases = new Aliases();
            Node node = readValue(file, parser, problems, aliases);
            if (aliases.count > 0) {
                problems.error(IoMessages.MESSAGES, "document.alias", aliases.first, "", aliases.name, aliases.count);
            }
            return node;
        } catch (StreamConstraintsException e) {
            JsonLocation where = open == null ? null : open.currentTokenLocation();
            problems.error(IoMessages.MESSAGES, "document.too-deep", where == null ? Location.of(file)
                    : new Location(file, where.getLineNr(), where.getColumnNr()), "", null, MAX_DEPTH);
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.error(IoMessages.MESSAGES, "document.syntax", where == null ? Location.of(file)
                    : new Location(file, where.getLineNr(), where.getColumnNr()), "", null, e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.error(IoMessages.MESSAGES, "document.unreadable", Location.of(file), "", null, e.getMessage());
            return null;
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (nesting, size) with exceptions of its own.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.error(IoMessages.MESSAGES, "document.syntax", Location.of(file), "", null,
                    message.lines().findFirst().orElse(message));
            return null;
        }
    }

    /** YAML aliases met, reported once per document: one slip of style, not one error per use. */
    final class Aliases {
        int count;
        Location first;
        String name;
    }

    private static Node readValue(String file, JsonParser parser, Problems problems, Aliases aliases)
            throws IOException {
        Location at = locate(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = locate(file, parser.currentTokenLocation());
                parser.nextToken();
                Node value = readValue(file, parser, problems, aliases);
                if (entries.containsKey(key)) {
                    problems.error(IoMessages.MESSAGES, "document.duplicate-key", keyAt, key, null, entries.get(key).at().line());
                } else {
                    entries.put(key, value);
                    keys.put(key, keyAt);
                }
            }
            return new MapNode(entries, keys, at);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY && next != null;
                    next = parser.nextToken()) {
                items.add(readValue(file, parser, problems, aliases));
            }
            return new ListNode(items, at);
        }
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            // Jackson gives an alias (*name) as the anchor's name, not its value: refuse it rather than read a
            // wrong value (and so no alias bomb can be expanded either).
            if (aliases.count++ == 0) {
                aliases.first = at;
                aliases.name = "*" + parser.getText();
            }
            return new Scalar("*" + parser.getText(), at);
        }
        if (token == null) {
            problems.error(IoMessages.MESSAGES, "document.truncated", at, "", null);
            return new Scalar(null, at);
        }
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL && token != JsonToken.VALUE_TRUE
                && token != JsonToken.VALUE_FALSE && !token.isNumeric()) {
            problems.error(IoMessages.MESSAGES, "document.syntax", at, "", null, String.valueOf(token));
            return new Scalar(null, at);
        }
        return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), at, token.isNumeric());
    }

    private static Location locate(String file, JsonLocation location) {
        return new Location(file, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
