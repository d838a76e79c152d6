package org.eit.core.model;

import java.util.List;
import java.util.Optional;
import org.eit.core.internal.text.Text;

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
        return Optional.ofNullable(type.cast(Words.OF.get(type).get(key(text))));
    }

    private static String key(String word) {
        return Text.fold(word.trim()).replace('_', ' ').replace('-', ' ');
    }

    /** Each vocabulary's words, folded once. */
    final class Words {
        static final ClassValue<java.util.Map<String, Object>> OF = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> words = new java.util.HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    for (String word : ((Vocabulary) constant).words()) {
                        words.putIfAbsent(key(word), constant);
                    }
                }
                return words;
            }
        };

        private Words() {
        }
    }

    /** The canonical ids of all values, for error messages. */
    static <E extends Enum<E> & Vocabulary> String ids(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toList());
    }
}
