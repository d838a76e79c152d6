package org.eit.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eit.core.internal.text.Text;

/**
 * Whether a part of the diagnostic's JSON is what a scenario expects, and if not, how it differs. The expectation is
 * partial: an object names the fields that matter, the others are not looked at. A number matches when the actual
 * value rounded to the decimals written equals it ({@code 1.1} accepts 1.05 up to 1.15); a list inside an entry
 * must be that list, in that order; text, true and false match as written. Where the diagnostic has a list, an
 * object of checks applies instead: {@code count} (a number, or {@code min}/{@code max}) and {@code contains}
 * (entries some element matches); on text, {@code contains} (a part of it) and {@code matches} (a regular
 * expression); on a number, {@code min} and {@code max}.
 */
final class Matching {
    static final List<String> LIST_CHECKS = List.of("count", "contains");
    static final List<String> TEXT_CHECKS = List.of("contains", "matches");
    static final List<String> NUMBER_CHECKS = List.of("min", "max");

    private Matching() {
    }

    /**
     * One way the actual value differs: a message code of the report's catalog and its arguments, the first the
     * path of the value ({@code synergies[2].quantity}, {@code quantity} within an entry).
     */
    record Difference(String code, List<String> args) {
        Difference {
            args = List.copyOf(args);
        }
    }

    /** How {@code actual} (null when missing) differs from {@code expected}; empty when it matches. */
    static List<Difference> compare(JsonNode expected, JsonNode actual, String path) {
        List<Difference> out = new ArrayList<>();
        compare(expected, actual, path, out);
        return out;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<Difference> out) {
        boolean absent = actual == null || actual.isNull() || actual.isMissingNode();
        if (expected.isNull()) {
            if (!absent) {
                out.add(value(path, actual, expected));
            }
        } else if (expected.isObject()) {
            if (absent) {
                out.add(value(path, actual, expected));
            } else if (actual.isArray()) {
                checks(expected, actual, path, LIST_CHECKS, out);
            } else if (actual.isTextual() || actual.isBoolean()) {
                checks(expected, actual, path, TEXT_CHECKS, out);
            } else if (actual.isNumber()) {
                checks(expected, actual, path, NUMBER_CHECKS, out);
            } else {
                Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    if (!actual.has(field.getKey())) {
                        List<String> names = new ArrayList<>();
                        actual.fieldNames().forEachRemaining(names::add);
                        String closest = closest(field.getKey(), names);
                        out.add(closest == null ? new Difference("diff.no-field", List.of(at, String.join(", ", names)))
                                : new Difference("diff.no-field-closest", List.of(at, closest,
                                        String.join(", ", names))));
                    } else {
                        compare(field.getValue(), actual.get(field.getKey()), at, out);
                    }
                }
            }
        } else if (expected.isArray()) {
            if (absent || !actual.isArray() || actual.size() != expected.size()) {
                out.add(value(path, actual, expected));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!compare(expected.get(i), actual.get(i), path + "[" + i + "]").isEmpty()) {
                    out.add(value(path, actual, expected));
                    return;
                }
            }
        } else if (expected.isNumber()) {
            if (absent || !actual.isNumber() || !sameNumber(expected.decimalValue(), actual)) {
                out.add(value(path, actual, expected));
            }
        } else if (absent || actual.isContainerNode() || !actual.asText().equals(expected.asText())) {
            out.add(value(path, actual, expected));
        }
    }

    /** The checks of an object written where the diagnostic has a list, a text or a number. */
    private static void checks(JsonNode expected, JsonNode actual, String path, List<String> allowed,
                               List<Difference> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> check = fields.next();
            String name = check.getKey();
            JsonNode wanted = check.getValue();
            if (!allowed.contains(name)) {
                out.add(new Difference("diff.unknown-check", List.of(path, name, String.join(", ", allowed))));
            } else if (actual.isArray() && name.equals("count")) {
                count(wanted, actual.size(), path, out);
            } else if (actual.isArray()) {
                JsonNode items = wanted.isArray() ? wanted : expectedList(wanted);
                for (JsonNode item : items) {
                    boolean found = false;
                    for (JsonNode element : actual) {
                        if (compare(item, element, "").isEmpty()) {
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        out.add(new Difference("diff.contains", List.of(path, Show.of(item))));
                    }
                }
            } else if (actual.isNumber()) {
                if (!wanted.isNumber()) {
                    out.add(value(path + "." + name, wanted, wanted));
                } else if (name.equals("min") ? actual.decimalValue().compareTo(wanted.decimalValue()) < 0
                        : actual.decimalValue().compareTo(wanted.decimalValue()) > 0) {
                    out.add(new Difference("diff." + name, List.of(path, Show.of(actual), Show.of(wanted))));
                }
            } else if (name.equals("contains")) {
                if (!actual.asText().contains(wanted.asText())) {
                    out.add(new Difference("diff.text-contains", List.of(path, Show.of(actual), Show.of(wanted))));
                }
            } else {
                boolean matches;
                try {
                    matches = Pattern.compile(wanted.asText()).matcher(actual.asText()).find();
                } catch (PatternSyntaxException e) {
                    matches = false;
                }
                if (!matches) {
                    out.add(new Difference("diff.matches", List.of(path, Show.of(actual), Show.of(wanted))));
                }
            }
        }
    }

    private static JsonNode expectedList(JsonNode single) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(single);
    }

    /** {@code count: 2}, or {@code count: {min: 1, max: 3}}. */
    private static void count(JsonNode wanted, int size, String path, List<Difference> out) {
        BigDecimal actual = BigDecimal.valueOf(size);
        if (wanted.isNumber()) {
            if (wanted.decimalValue().compareTo(actual) != 0) {
                out.add(new Difference("diff.count", List.of(path, String.valueOf(size), Show.of(wanted))));
            }
            return;
        }
        if (wanted.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> bounds = wanted.fields();
            while (bounds.hasNext()) {
                Map.Entry<String, JsonNode> bound = bounds.next();
                if (!NUMBER_CHECKS.contains(bound.getKey()) || !bound.getValue().isNumber()) {
                    out.add(new Difference("diff.unknown-check", List.of(path + ".count", bound.getKey(),
                            String.join(", ", NUMBER_CHECKS))));
                } else if (bound.getKey().equals("min") ? actual.compareTo(bound.getValue().decimalValue()) < 0
                        : actual.compareTo(bound.getValue().decimalValue()) > 0) {
                    out.add(new Difference("diff.count-" + bound.getKey(), List.of(path, String.valueOf(size),
                            Show.of(bound.getValue()))));
                }
            }
            return;
        }
        out.add(new Difference("diff.unknown-check", List.of(path + ".count", Show.of(wanted),
                String.join(", ", NUMBER_CHECKS))));
    }

    /** The actual value rounded to the decimals the expected one is written with. */
    static boolean sameNumber(BigDecimal expected, JsonNode actual) {
        BigDecimal value = actual.isIntegralNumber() ? new BigDecimal(actual.bigIntegerValue())
                : new BigDecimal(actual.asText());
        int scale = Math.max(0, expected.scale());
        return value.setScale(scale, RoundingMode.HALF_UP).compareTo(expected) == 0;
    }

    private static Difference value(String path, JsonNode actual, JsonNode expected) {
        return new Difference("diff.value", List.of(path.isEmpty() ? "·" : path,
                actual == null || actual.isMissingNode() ? "null" : Show.of(actual), Show.of(expected)));
    }

    /** The name closest to {@code name} if it is one or two edits away (case aside), else null. */
    static String closest(String name, List<String> names) {
        String best = null;
        int bestDistance = name.length() <= 4 ? 2 : 3;
        for (String candidate : names) {
            int d = Text.swapDistance(name.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
