package org.eit.core.internal.text;

import java.util.Optional;

/** Yes/no values as people write them in tables and settings, in English and French. */
public final class Flags {
    private Flags() {
    }

    /**
     * {@code true}, {@code yes}, {@code on}, {@code 1}, {@code oui}, {@code vrai} and their opposites, in any case
     * and with or without accents; empty for anything else.
     */
    public static Optional<Boolean> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (Text.fold(text.trim())) {
            case "true", "yes", "on", "1", "oui", "vrai", "y", "o" -> Optional.of(true);
            case "false", "no", "off", "0", "non", "faux", "n" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The words {@link #parse} accepts, for messages. */
    public static String accepted() {
        return "true/false, yes/no, oui/non";
    }
}
