package org.eit.core.model;

import java.util.List;
import java.util.Optional;
import org.eit.core.text.Text;

/**
 * Reads enumerated values as people write them in either language ("entreprise", "company", "Offre", "besoin"):
 * each constant lists its accepted words, compared without case or accents.
 */
public interface Vocabulary {

    /** The words that name this value, the first being its canonical id. */
    List<String> words();

    default String id() {
        return words().get(0);
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = Text.fold(text.trim()).replace('_', ' ').replace('-', ' ');
        for (E value : type.getEnumConstants()) {
            for (String word : value.words()) {
                if (Text.fold(word).replace('_', ' ').replace('-', ' ').equals(key)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The canonical ids of all values, for error messages. */
    static <E extends Enum<E> & Vocabulary> String ids(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toList());
    }
}
