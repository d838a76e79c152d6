package org.eit.rules.analysis;

import java.util.ArrayList;
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
import org.eit.rules.knowledge.KnowledgeTables;

/**
 * The engine's parameters, with their defaults, read from a territory's {@code parameters}:
 *
 * <ul>
 *   <li>{@code transport.modes}: the transport modes the territory can use, among pipe, truck, ship and local
 *       (default {@code pipe,truck,local}: no port);</li>
 *   <li>{@code network.colocated-radius-km}: partners of one zone closer than this are co-located (Chertow type 3);
 *       default 2 (a business park; a commune-wide zone is wider);</li>
 *   <li>{@code network.local-radius-km}: partners closer than this are local (Chertow type 4), farther ones regional
 *       (type 5); default 15;</li>
 *   <li>{@code rules.max-firings}: how many rule firings an analysis may take before a rule is deemed to loop;
 *       default 0, meaning 1,000,000 or 200 per fact, whichever is larger (matching fires once per candidate pair, and
 *       dense territories have many);</li>
 *   <li>{@code packs.NAME}: {@code false} switches the rule pack NAME off (substitution, pooling, network, or a
 *       pack of the territory's own rules);</li>
 *   <li>{@code matching.max-partners}: how many nearest partners each offer and each demand lists (default 5;
 *       0 lists every candidate pair the rules found).</li>
 * </ul>
 */
public record AnalysisParameters(List<String> modes, double colocatedRadiusKm, double localRadiusKm,
                                 long maxFirings, List<String> disabledPacks, int maxPartners) {
    public static final List<String> DEFAULT_MODES = List.of("pipe", "truck", "local");

    public AnalysisParameters {
        modes = List.copyOf(modes);
        disabledPacks = List.copyOf(disabledPacks);
    }

    public static AnalysisParameters defaults() {
        return new AnalysisParameters(DEFAULT_MODES, 2, 15, 0, List.of(), 5);
    }

    /** Reads the territory's parameters; unknown ones are warnings, bad values errors. */
    public static AnalysisParameters read(Map<String, String> parameters, Problems problems) {
        AnalysisParameters defaults = defaults();
        List<String> modes = defaults.modes();
        double localRadius = defaults.localRadiusKm();
        double colocatedRadius = defaults.colocatedRadiusKm();
        long maxFirings = defaults.maxFirings();
        int maxPartners = defaults.maxPartners();
        TreeSet<String> disabled = new TreeSet<>();
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue().trim();
            String field = "parameters." + key;
            // The territory's parameters reach the engine without their file (a folder's territory.yaml or a
            // document): the field path names them.
            Location at = Location.NOWHERE;
            switch (key) {
                case "transport.modes" -> {
                    List<String> chosen = new ArrayList<>();
                    for (String mode : value.split("[,;\\s]+")) {
                        String m = mode.trim().toLowerCase(Locale.ROOT);
                        if (m.isEmpty()) {
                            continue;
                        }
                        if (!KnowledgeTables.MODES.contains(m)) {
                            problems.error(RulesMessages.MESSAGES, "parameter.bad-mode", at, field, mode,
                                    String.join(", ", KnowledgeTables.MODES));
                        } else {
                            chosen.add(m);
                        }
                    }
                    modes = chosen;
                }
                case "network.local-radius-km" -> localRadius = positive(value, at, field, localRadius, problems);
                case "network.colocated-radius-km" ->
                        colocatedRadius = positive(value, at, field, colocatedRadius, problems);
                case "matching.max-partners" ->
                        maxPartners = (int) Math.min(Integer.MAX_VALUE, whole(value, at, field, maxPartners, problems));
                case "rules.max-firings" -> maxFirings = whole(value, at, field, maxFirings, problems);
                default -> {
                    if (key.startsWith("packs.")) {
                        Optional<Boolean> flag = Flags.parse(value);
                        if (flag.isPresent() && !flag.get()) {
                            disabled.add(key.substring("packs.".length()));
                        } else if (flag.isEmpty()) {
                            problems.error(RulesMessages.MESSAGES, "parameter.boolean", at, field, value);
                        }
                    } else {
                        problems.warning(RulesMessages.MESSAGES, "parameter.unknown", at, field, value,
                                "transport.modes, network.colocated-radius-km, network.local-radius-km, "
                                        + "matching.max-partners, "
                                        + "rules.max-firings, packs.NAME");
                    }
                }
            }
        }
        return new AnalysisParameters(modes, colocatedRadius, localRadius, maxFirings, List.copyOf(disabled),
                maxPartners);
    }

    private static long whole(String value, Location at, String field, long fallback, Problems problems) {
        OptionalDouble n = Numbers.parse(value, false);
        if (n.isEmpty() || n.getAsDouble() < 0 || n.getAsDouble() != Math.rint(n.getAsDouble())) {
            problems.error(RulesMessages.MESSAGES, "parameter.whole-number", at, field, value);
            return fallback;
        }
        return (long) n.getAsDouble();
    }

    private static double positive(String value, Location at, String field, double fallback, Problems problems) {
        OptionalDouble km = Numbers.parse(value, false);
        if (km.isEmpty() || !(km.getAsDouble() > 0)) {
            problems.error(RulesMessages.MESSAGES, "parameter.positive-number", at, field, value);
            return fallback;
        }
        return km.getAsDouble();
    }
}
