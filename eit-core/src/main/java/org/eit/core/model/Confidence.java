package org.eit.core.model;

import java.util.List;

/** How far a figure or a finding can be trusted, from low to high. */
public enum Confidence implements Vocabulary {
    LOW("low", "faible", "basse", "bas"),
    MEDIUM("medium", "moyenne", "moyen", "moderate", "moderee"),
    HIGH("high", "haute", "elevee", "forte", "haut", "fort");

    private final List<String> words;

    Confidence(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** The confidence a figure of this source starts with: measured high, declared medium, estimated low. */
    public static Confidence of(DataSource source) {
        return switch (source) {
            case MEASURED -> HIGH;
            case DECLARED -> MEDIUM;
            case ESTIMATED -> LOW;
        };
    }

    public Confidence min(Confidence other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
