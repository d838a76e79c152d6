package org.eit.io.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A number, text, boolean or null, kept as the text written. {@code text} is null for a YAML/JSON null. */
    record Scalar(String text, Location at) implements Node {
    }

    /** An object; {@code keys} gives where each key was written, for problems about the key itself. */
    record MapNode(Map<String, Node> entries, Map<String, Location> keys, Location at) implements Node {
        Location keyAt(String key) {
            return keys.getOrDefault(key, at);
        }
    }

    record ListNode(List<Node> items, Location at) implements Node {
    }

    /** Reads {@code content}; YAML when {@code yaml}, else JSON. Returns null (with problems) if unreadable. */
    static Node read(String file, String content, boolean yaml, Problems problems) {
        JsonFactory factory = yaml ? new YAMLFactory() : new JsonFactory();
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(IoMessages.MESSAGES, "document.empty", Location.of(file), "", null);
                return null;
            }
            return readValue(file, parser, problems);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.error(IoMessages.MESSAGES, "document.syntax", where == null ? Location.of(file)
                    : new Location(file, where.getLineNr(), where.getColumnNr()), "", null, e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.error(IoMessages.MESSAGES, "document.unreadable", Location.of(file), "", null, e.getMessage());
            return null;
        }
    }

    private static Node readValue(String file, JsonParser parser, Problems problems) throws IOException {
        Location at = locate(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = locate(file, parser.currentTokenLocation());
                parser.nextToken();
                Node value = readValue(file, parser, problems);
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
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(file, parser, problems));
            }
            return new ListNode(items, at);
        }
        return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), at);
    }

    private static Location locate(String file, JsonLocation location) {
        return new Location(file, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
