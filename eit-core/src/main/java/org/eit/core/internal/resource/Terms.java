package org.eit.core.internal.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.internal.text.Text;

/**
 * How the resolver reads words: lower case, no accents, no punctuation, no small words (de, des, l', of, the...),
 * plurals and feminine endings folded, so that "Drêches de brasserie", "dreche brasserie" and "brasserie
 * drêches" read the same. Both the taxonomy's names and the user's text go through the same folding, so the
 * folding needs to be consistent more than linguistically exact.
 */
final class Terms {
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final Set<String> SMALL_WORDS = Set.of(
            // French
            "le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "en", "au", "aux", "a", "pour",
            "par", "sur", "avec", "sans", "ou", "dans", "chez", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
            "issu", "issue", "issus", "issues", "type", "etc",
            // English
            "the", "an", "of", "and", "for", "from", "with", "without", "or", "to", "in", "on", "by", "at", "our",
            "their", "its");
    private static final Set<String> AU_WORDS = Set.of("eau", "tuyau", "noyau", "boyau", "joyau", "tonneau",
            "bateau", "reseau", "niveau", "bureau", "panneau", "morceau", "copeau", "rouleau", "chapeau", "couteau",
            "plateau", "bordereau", "poteau", "seau", "fourneau", "lambeau", "carreau", "barreau", "tableau",
            "agneau", "veau", "pruneau", "gateau", "chateau", "nouveau", "beau");

    private Terms() {
    }

    /** The folded words of {@code text}, in order, small words removed. */
    static List<String> words(String text) {
        String folded = Text.fold(text)
                .replace('œ', 'o').replace("æ", "ae")
                .transform(t -> NON_WORD.matcher(t).replaceAll(" "))
                .trim();
        List<String> words = new ArrayList<>();
        if (folded.isEmpty()) {
            return words;
        }
        for (String word : folded.split(" ")) {
            if (!SMALL_WORDS.contains(word)) {
                String singular = singular(word);
                if (!singular.isEmpty() && !SMALL_WORDS.contains(singular)) {
                    words.add(singular);
                }
            }
        }
        return words;
    }

    /** The words as a set, sorted: word order does not matter. */
    static TreeSet<String> key(String text) {
        return new TreeSet<>(words(text));
    }

    static String singular(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(word.length() - 1))) {
            return word;
        }
        String w = word;
        if (w.endsWith("aux") && w.length() >= 4) {
            String stem = w.substring(0, w.length() - 1);
            w = AU_WORDS.contains(stem) ? stem : w.substring(0, w.length() - 3) + "al";
        } else if (w.endsWith("eux") || w.endsWith("oux")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")
                || w.endsWith("ases") || w.endsWith("zes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("eus")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("as")) {
            w = w.substring(0, w.length() - 1);
        }
        // French feminine past participles and adjectives: usagee -> usage, mutualisee -> mutualise
        if (w.endsWith("ee") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
