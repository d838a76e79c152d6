package org.eit.core.internal.text;

import java.text.Normalizer;
import java.util.Locale;

/** Text folding and comparison shared by every reader of what people type (units, columns, resource names). */
public final class Text {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Lower case without accents: "Drêches" → "dreches". No-break spaces become spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (plainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .toLowerCase(Locale.ROOT);
    }

    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code a} becomes {@code b} by exactly one insertion, deletion or substitution. */
    public static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /**
     * Like {@link #editDistance}, with the swap of two neighbours counted as one edit ("analzye" is one from
     * "analyze"): the optimal string alignment distance, for the names people mistype.
     */
    public static int swapDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Levenshtein distance: the fewest insertions, deletions or substitutions that turn {@code a} into {@code b}. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The known word nearest to {@code written} (ignoring case and accents), for "did you mean" messages; empty when
     * none is close enough to be a slip (a third of the word's letters). Ties go to the first in sorted order.
     */
    public static java.util.Optional<String> closest(String written, java.util.Collection<String> known) {
        String key = fold(written);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new java.util.TreeSet<>(known)) {
            int d = editDistance(key, fold(candidate));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? java.util.Optional.ofNullable(best)
                : java.util.Optional.empty();
    }
}
