package org.eit.rules.spi;

import java.util.List;
import java.util.Objects;
import org.eit.core.api.LocalizedText;

/**
 * A parameter a stage reads, as a territory sets it in {@code territory.yaml} under {@code parameters}: its name,
 * kind, default and meaning. Stages declare theirs through {@link Extensions#parameters}; the engine checks a
 * territory's values against all of them (an unknown name is a warning, a bad value an error).
 *
 * @param name         dotted name, e.g. {@code network.local-radius-km}
 * @param kind         what values it takes
 * @param defaultValue the value when the territory sets none, as a territory would write it
 * @param allowed      for {@link Kind#WORDS}: the words it accepts
 * @param description  what it means, in French and English
 */
public record ParameterSpec(String name, Kind kind, String defaultValue, List<String> allowed,
                            LocalizedText description) {
    /** The kinds of values parameters take. */
    public enum Kind {
        /** a number greater than 0 */
        POSITIVE_NUMBER,
        /** a whole number, 0 or more */
        WHOLE_NUMBER,
        /** a list of words among {@code allowed}, separated by commas or spaces */
        WORDS,
        /** free text (who funds the study...) */
        TEXT
    }

    public ParameterSpec {
        Objects.requireNonNull(name, "ParameterSpec.name");
        Objects.requireNonNull(kind, "ParameterSpec.kind");
        Objects.requireNonNull(defaultValue, "ParameterSpec.defaultValue");
        Objects.requireNonNull(description, "ParameterSpec.description");
        allowed = List.copyOf(allowed);
    }

    public static ParameterSpec positive(String name, double defaultValue, String fr, String en) {
        return new ParameterSpec(name, Kind.POSITIVE_NUMBER, number(defaultValue), List.of(),
                new LocalizedText(fr, en));
    }

    public static ParameterSpec whole(String name, long defaultValue, String fr, String en) {
        return new ParameterSpec(name, Kind.WHOLE_NUMBER, Long.toString(defaultValue), List.of(),
                new LocalizedText(fr, en));
    }

    public static ParameterSpec words(String name, List<String> defaultValue, List<String> allowed, String fr,
                                      String en) {
        return new ParameterSpec(name, Kind.WORDS, String.join(",", defaultValue), allowed,
                new LocalizedText(fr, en));
    }

    public static ParameterSpec text(String name, String defaultValue, String fr, String en) {
        return new ParameterSpec(name, Kind.TEXT, defaultValue, List.of(), new LocalizedText(fr, en));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
