package org.eit.rules.explain;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.util.HashMap;
import java.util.regex.Pattern;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eit.core.api.LocalizedText;
import org.eit.core.model.Language;

/**
 * The one place where sentences are written: a rule's {@code @fr}/{@code @en} template or a {@link Phrase}, an ICU
 * {@code MessageFormat} pattern with named placeholders, filled with values in the reader's language. ICU gives
 * plurals ({@code {count, plural, one {# acteur} other {# acteurs}}}), choices ({@code select}) and numbers as
 * each language writes them.
 *
 * <p>Values may be text, numbers, {@link LocalizedText}, {@link Amount}, or {@link Phrase}. Every
 * text value {@code x} also fills {@code deX} and {@code queX}: "de X" and "que X" with French elision ("d'écorces",
 * "qu'Agrivalor"; "of X" and "that X" in English). An apostrophe is always a letter, never ICU's quoting
 * character, so that "L'offre" and "d'{x}" read as written. A placeholder without a value stays as written.
 */
public final class Sentences {
    /** Words whose h is aspirated: no elision before them ("de houblon"). */
    private static final Set<String> ASPIRATED_H = Set.of("haie", "haies", "halle", "halles", "hall", "hangar",
            "hangars", "hareng", "harengs", "haricot", "haricots", "haut", "haute", "hauts", "hautes", "hauteur",
            "hêtre", "hêtres", "houblon", "houblons", "hotte", "hottes", "housse", "housses", "hublot", "hublots",
            "hutte", "huttes", "hachis", "hamac", "handicap", "harpe", "hasard", "héros", "homard", "hors", "hockey",
            "hollandais", "hongrois", "huche", "hérisson");

    private Sentences() {
    }

    /** A fragment written out in both languages. */
    public static LocalizedText render(Phrase phrase) {
        return render(new LocalizedText("{x}", "{x}"), Map.of("x", phrase));
    }

    public static LocalizedText render(LocalizedText template, Map<String, ?> values) {
        return new LocalizedText(render(template.fr(), values, Language.FR), render(template.en(), values,
                Language.EN));
    }

    /**
     * {@code pattern} filled with {@code values} in {@code language}. Only the values the pattern names are written
     * out: a pair offers its sentences some thirty values, and a diagnostic has many sentences.
     */
    public static String render(String pattern, Map<String, ?> values, Language language) {
        Parsed parsed = PARSED.get(new Key(pattern, language), Sentences::parse);
        String direct = parsed.pieces() == null ? null : direct(parsed, values, language);
        if (direct != null) {
            return tidy(direct);
        }
        Map<String, Object> args = new HashMap<>();
        for (String name : parsed.names()) {
            if (values.containsKey(name)) {
                args.put(name, value(values.get(name), language));
            }
        }
        for (Map.Entry<String, String> derived : parsed.derived().entrySet()) {
            Object base = args.containsKey(derived.getValue()) ? args.get(derived.getValue())
                    : values.containsKey(derived.getValue()) ? value(values.get(derived.getValue()), language) : null;
            if (base instanceof String text) {
                args.put(derived.getKey(), derived.getKey().startsWith("que") ? que(text, language)
                        : de(text, language));
            }
        }
        return tidy(parsed.format().get().format(args));
    }

    /** Spaces as eit writes them. */
    private static String tidy(String text) {
        // French groups thousands with a narrow no-break space; a plain no-break space reads the same everywhere.
        String plain = text.replace('\u202f', '\u00a0');
        return (plain.contains("  ") ? SPACES.matcher(plain).replaceAll(" ") : plain).trim();
    }

    /**
     * A plain pattern filled by concatenation, each placeholder's value worked out as {@link #render} would (its
     * {@code deX}/{@code queX} from X's text); null when a value is missing or not text, for ICU to write. No map of
     * arguments is made: most of a region's sentences come this way.
     */
    private static String direct(Parsed parsed, Map<String, ?> values, Language language) {
        int length = 0;
        for (Object piece : parsed.pieces()) {
            length += piece instanceof String text ? text.length() : 24;
        }
        StringBuilder out = new StringBuilder(length);
        for (Object piece : parsed.pieces()) {
            if (!(piece instanceof Slot slot)) {
                out.append((String) piece);
                continue;
            }
            Object value = null;
            String base = parsed.derived().get(slot.name());
            if (base != null && values.containsKey(base)
                    && value(values.get(base), language) instanceof String text) {
                value = slot.name().startsWith("que") ? que(text, language) : de(text, language);
            } else if (values.containsKey(slot.name())) {
                value = value(values.get(slot.name()), language);
            }
            if (!(value instanceof String text)) {
                return null;
            }
            out.append(text);
        }
        return out.toString();
    }

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** Patterns parsed once; a workspace edited under --watch brings new ones at each change. */
    private static final org.eit.core.internal.collect.BoundedCache<Key, Parsed> PARSED =
            new org.eit.core.internal.collect.BoundedCache<>(16_384);

    private record Key(String pattern, Language language) {
    }

    /**
     * A pattern parsed once: its format (one copy per thread, as a format is not thread-safe and the diagnostic's
     * sentences are written side by side), the names it uses, and its {@code deX}/{@code queX} names with their X.
     */
    private record Parsed(ThreadLocal<MessageFormat> format, Set<String> names, Map<String, String> derived,
                          List<Object> pieces) {
    }

    /** A placeholder of a plain pattern. */
    private record Slot(String name) {
    }

    /**
     * The text and placeholders of a pattern whose placeholders are all plain ({@code {name}}: no plural, select or
     * number style), or null. Such a pattern filled with text only is written by concatenation, as ICU would write
     * it, without its formatter's cost (most of a region's sentences).
     */
    private static List<Object> plainPieces(String escaped) {
        MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED).parse(escaped);
        List<Object> pieces = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.Part name = parsed.getPart(i + 1);
            if (part.getArgType() != MessagePattern.ArgType.NONE
                    || name.getType() != MessagePattern.Part.Type.ARG_NAME) {
                return null;
            }
            pieces.add(escaped.substring(from, part.getIndex()).replace("''", "'"));
            pieces.add(new Slot(parsed.getSubstring(name)));
            int limit = parsed.getLimitPartIndex(i);
            from = parsed.getPart(limit).getLimit();
            i = limit;
        }
        pieces.add(escaped.substring(from).replace("''", "'"));
        return pieces;
    }

    private static Parsed parse(Key key) {
        Set<String> names = placeholders(key.pattern());
        Map<String, String> derived = new HashMap<>();
        for (String name : names) {
            for (String prefix : List.of("de", "que")) {
                if (name.length() > prefix.length() && name.startsWith(prefix)
                        && Character.isUpperCase(name.charAt(prefix.length()))) {
                    derived.put(name, Character.toLowerCase(name.charAt(prefix.length()))
                            + name.substring(prefix.length() + 1));
                }
            }
        }
        MessageFormat format = new MessageFormat(escape(key.pattern()), key.language().locale());
        return new Parsed(ThreadLocal.withInitial(() -> (MessageFormat) format.clone()), names, derived,
                plainPieces(escape(key.pattern())));
    }

    /** A label as it reads inside a sentence: "Cendres volantes" becomes "cendres volantes", "PET usagé" stays. */
    public static LocalizedText inSentence(LocalizedText label) {
        return new LocalizedText(lowerFirst(label.fr()), lowerFirst(label.en()));
    }

    private static String lowerFirst(String text) {
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\'' || c == '’' || c == '-') {
                break;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        boolean acronym = capitals > 1;
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "de X" in French, elided before a vowel or a mute h; "of X" in English. */
    public static String de(String text, Language language) {
        if (language == Language.EN) {
            return "of " + text;
        }
        return elides(text) ? "d'" + text : "de " + text;
    }

    /** "que X" in French, elided before a vowel or a mute h; "that X" in English. */
    public static String que(String text, Language language) {
        if (language == Language.EN) {
            return "that " + text;
        }
        return elides(text) ? "qu'" + text : "que " + text;
    }

    static boolean elides(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(0));
        if ("aeiouyàâäéèêëîïôöûüœæ".indexOf(first) >= 0) {
            return true;
        }
        // A capital H starts a name, often foreign (Harbourside): French writes "de Harbourside". A common noun with
        // a mute h elides ("d'hydrogène"), one with an aspirated h does not ("de houblon").
        if (text.charAt(0) == 'h') {
            String word = text.split("[\\s'’,;.()-]", 2)[0].toLowerCase(Locale.ROOT);
            return word.length() > 1 && !ASPIRATED_H.contains(word);
        }
        return false;
    }

    /**
     * The placeholder names {@code pattern} uses, in order; an {@link IllegalArgumentException} with ICU's message
     * when it is not a valid pattern.
     */
    public static Set<String> placeholders(String pattern) {
        MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED)
                .parse(escape(pattern));
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(Integer.toString(part.getValue()));
            }
        }
        return names;
    }

    /**
     * The placeholders of {@code pattern} that are neither in {@code known} nor a {@code deX}/{@code queX} form of
     * one of them.
     */
    public static List<String> unknownPlaceholders(String pattern, Set<String> known) {
        return placeholders(pattern).stream().filter(name -> !known.contains(name) && !derived(name, known)).toList();
    }

    private static boolean derived(String name, Set<String> known) {
        for (String prefix : List.of("de", "que")) {
            if (name.length() > prefix.length() && name.startsWith(prefix)
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                String base = Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
                if (known.contains(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object value(Object value, Language language) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof String) {
            return value;
        }
        if (value instanceof LocalizedText text) {
            return text.in(language.locale());
        }
        if (value instanceof Amount amount) {
            return amount.in(language.locale());
        }
        if (value instanceof Phrase phrase) {
            return render(phrase.book().pattern(phrase.key(), language), phrase.args(), language);
        }
        return String.valueOf(value);
    }

    /** Apostrophes are letters in eit's sentences: doubled, ICU reads each as one apostrophe and quotes nothing. */
    private static String escape(String pattern) {
        return pattern.replace("'", "''");
    }
}
