package org.eit.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A JSON value on one line, the way a scenario writes it: {@code {rule: "Local: grain", actors: [A, B]}}. */
final class Show {
    /** Text that reads as itself without quotes in YAML's flow style. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .\\-/]*");
    private static final int MAX = 400;

    private Show() {
    }

    static String of(JsonNode node) {
        String text = write(node);
        return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }

    private static String write(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.add(field.getKey() + ": " + write(field.getValue()));
            }
            return "{" + String.join(", ", fields) + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(write(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isNumber()) {
            return number(node);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        String text = node.asText();
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.matches("-?[\\d.]+")
                && !List.of("true", "false", "null", "yes", "no").contains(text);
        return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A number as a person writes it: no trailing zeros, at most four decimals for measured values. */
    static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        BigDecimal value = node.decimalValue();
        if (node.isBigDecimal()) {
            return value.toPlainString();
        }
        if (value.scale() > 4) {
            value = value.setScale(4, java.math.RoundingMode.HALF_UP);
        }
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
