package org.eit.rules.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.eit.core.internal.text.Flags;
import org.eit.core.internal.text.Numbers;
import org.eit.core.problem.Location;
import org.eit.core.problem.Problems;
import org.eit.rules.RulesMessages;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.Parameters;

/**
 * Reads a territory's {@code parameters} against the parameters the stages declare: unknown names are warnings,
 * bad values errors (the default is kept), and {@code packs.NAME: false} switches a rule pack off. The territory's
 * parameters reach the engine without their file (a folder's {@code territory.yaml} or a document): the field
 * path {@code parameters.NAME} names them.
 */
final class ParametersReader {
    static final String PACKS = "packs.";

    private ParametersReader() {
    }

    static Parameters read(List<ParameterSpec> specs, Map<String, String> given, Problems problems) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            values.put(spec.name(), parse(spec, spec.defaultValue(), problems, false));
        }
        TreeSet<String> disabled = new TreeSet<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue().trim();
            ParameterSpec spec = byName.get(key);
            if (spec != null) {
                Object parsed = parse(spec, value, problems, true);
                if (parsed != null) {
                    values.put(key, parsed);
                }
            } else if (key.startsWith(PACKS)) {
                Optional<Boolean> flag = Flags.parse(value);
                if (flag.isEmpty()) {
                    problems.error(RulesMessages.MESSAGES, "parameter.boolean", Location.NOWHERE, field(key), value);
                } else if (!flag.get()) {
                    disabled.add(key.substring(PACKS.length()));
                }
            } else {
                List<String> known = new ArrayList<>(byName.keySet());
                known.add(PACKS + "NAME");
                problems.warning(RulesMessages.MESSAGES, "parameter.unknown", Location.NOWHERE, field(key), value,
                        String.join(", ", known));
            }
        }
        return new Parameters(values, disabled);
    }

    /** The value, or null after reporting why it is refused ({@code report} false: a default, trusted). */
    private static Object parse(ParameterSpec spec, String value, Problems problems, boolean report) {
        String field = field(spec.name());
        switch (spec.kind()) {
            case POSITIVE_NUMBER -> {
                OptionalDouble n = Numbers.parse(value, false);
                if (n.isEmpty() || !(n.getAsDouble() > 0)) {
                    problems.error(RulesMessages.MESSAGES, "parameter.positive-number", Location.NOWHERE, field,
                            value);
                    return null;
                }
                return n.getAsDouble();
            }
            case WHOLE_NUMBER -> {
                OptionalDouble n = Numbers.parse(value, false);
                if (n.isEmpty() || n.getAsDouble() < 0 || n.getAsDouble() != Math.rint(n.getAsDouble())) {
                    problems.error(RulesMessages.MESSAGES, "parameter.whole-number", Location.NOWHERE, field, value);
                    return null;
                }
                return (long) Math.min(Long.MAX_VALUE, n.getAsDouble());
            }
            case WORDS -> {
                List<String> chosen = new ArrayList<>();
                for (String word : value.split("[,;\\s]+")) {
                    String w = word.trim().toLowerCase(Locale.ROOT);
                    if (w.isEmpty()) {
                        continue;
                    }
                    if (!spec.allowed().contains(w)) {
                        problems.error(RulesMessages.MESSAGES, "parameter.bad-word", Location.NOWHERE, field, word,
                                String.join(", ", spec.allowed()));
                    } else {
                        chosen.add(w);
                    }
                }
                return List.copyOf(chosen);
            }
            case TEXT -> {
                return value.trim();
            }
            default -> throw new IllegalStateException(spec.kind().toString());
        }
    }

    private static String field(String name) {
        return "parameters." + name;
    }
}
