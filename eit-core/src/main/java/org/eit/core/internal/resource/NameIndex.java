package org.eit.core.internal.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eit.core.internal.text.Text;
import org.eit.core.model.Language;

/**
 * The names of one language, analysed once, with what scoring needs: the names by their set of stems (exact
 * lookups), by stem (candidates), the weight of each stem, and the written forms of the words for typos. A name
 * belongs to a key: a resource id, or a List of Waste code for the index of the list's wording. Immutable and
 * thread-safe once built.
 *
 * <p>Scoring: each stem weighs by how rare it is among the keys' names (inverse document frequency), so that
 * "carton" counts more than "déchet". A name scores the weight of its stems found in the text over its own weight
 * plus a part of the weight of the text's stems it does not explain.
 */
final class NameIndex {
    /** How much the words of the text that a name does not explain count against it. */
    private static final double UNEXPLAINED_WEIGHT = 0.35;
    /** A misspelt word (one letter off) counts this much of a right one. */
    static final double TYPO_FACTOR = 0.8;
    /**
     * A word that matches only once stemmed ("laiterie" for "lait", "petite" for "petit") counts this much of one
     * written the same, so that the name using the text's own words wins.
     */
    static final double STEM_ONLY_FACTOR = 0.9;
    /** Words shorter than this are not corrected: too many short words are one letter apart ("stuff", "staff"). */
    private static final int TYPO_MIN_LENGTH = 6;
    private static final double MIN_CANDIDATE_SCORE = 0.2;

    /**
     * One name of a key. {@code label}: the key's own label rather than a synonym. {@code surfaces}: its words as
     * written (folded), which tell apart names that only stemming made equal.
     */
    record Name(String key, String written, TreeSet<String> stems, TreeSet<String> surfaces, boolean label,
                Language language) {
    }

    /**
     * A key the text may mean, with its closest name, whether a word had to be corrected, and whether one of the
     * key's names is written in full in the text.
     */
    record Scored(String key, Name name, double score, boolean corrected, boolean contained) {
    }

    /** The stems of a text, its words as written, and each word. */
    record Reading(TreeSet<String> stems, TreeSet<String> surfaces, List<Terms.Word> words) {
        static Reading of(String text, Language language) {
            List<Terms.Word> words = Terms.words(text, language);
            TreeSet<String> stems = new TreeSet<>();
            TreeSet<String> surfaces = new TreeSet<>();
            words.forEach(w -> {
                stems.add(w.stem());
                surfaces.add(w.surface());
            });
            return new Reading(stems, surfaces, words);
        }
    }

    private final Language language;
    private final Map<String, Set<Name>> exact = new HashMap<>();
    private final Map<String, List<Name>> byStem = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final double unknownWordWeight;
    /** Written word → its stems, and each written word minus one letter → the written words it comes from. */
    private final Map<String, Set<String>> stemsOfSurface = new HashMap<>();
    private final Map<String, Set<String>> surfacesOfDeletion = new HashMap<>();

    NameIndex(Language language, List<Entry> entries) {
        this.language = language;
        Map<String, Set<String>> keysOfStem = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Entry entry : entries) {
            List<Terms.Word> words = Terms.words(entry.written(), language);
            if (words.isEmpty()) {
                continue;
            }
            TreeSet<String> stems = new TreeSet<>();
            TreeSet<String> surfaces = new TreeSet<>();
            for (Terms.Word word : words) {
                stems.add(word.stem());
                surfaces.add(word.surface());
                stemsOfSurface.computeIfAbsent(word.surface(), s -> new LinkedHashSet<>()).add(word.stem());
                keysOfStem.computeIfAbsent(word.stem(), s -> new LinkedHashSet<>()).add(entry.key());
            }
            keys.add(entry.key());
            Name name = new Name(entry.key(), entry.written(), stems, surfaces, entry.label(), language);
            exact.computeIfAbsent(String.join(" ", stems), k -> new LinkedHashSet<>()).add(name);
            for (String stem : stems) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(name);
            }
        }
        for (String surface : stemsOfSurface.keySet()) {
            if (surface.length() >= TYPO_MIN_LENGTH) {
                for (String deletion : deletions(surface)) {
                    surfacesOfDeletion.computeIfAbsent(deletion, d -> new LinkedHashSet<>()).add(surface);
                }
            }
        }
        int n = Math.max(1, keys.size());
        keysOfStem.forEach((stem, of) -> weights.put(stem, Math.log(1.0 + (double) n / of.size())));
        double[] sorted = weights.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        unknownWordWeight = sorted.length == 0 ? 1.0 : sorted[sorted.length / 2];
    }

    /** A name to index. */
    record Entry(String key, String written, boolean label) {
    }

    Language language() {
        return language;
    }

    Reading read(String text) {
        return Reading.of(text, language);
    }

    /** The names whose stems are exactly those of the text (any order). */
    Set<Name> exact(Reading reading) {
        return exact.getOrDefault(String.join(" ", reading.stems()), Set.of());
    }

    /** Keys whose names share words with the text, best score first, one entry per key. */
    List<Scored> rank(Reading reading) {
        // stem of a name → how much it counts, the text's stem it stands for, and how the text wrote it
        Map<String, Double> matchOf = new HashMap<>();
        Map<String, String> standsFor = new LinkedHashMap<>();
        Map<String, String> writtenAs = new HashMap<>();
        for (Terms.Word word : reading.words()) {
            if (byStem.containsKey(word.stem())) {
                matchOf.put(word.stem(), 1.0);
                standsFor.put(word.stem(), word.stem());
                writtenAs.put(word.stem(), word.surface());
            } else {
                for (String known : oneEditAway(word.surface())) {
                    for (String stem : stemsOfSurface.get(known)) {
                        if (!matchOf.containsKey(stem) && byStem.containsKey(stem)) {
                            matchOf.put(stem, TYPO_FACTOR);
                            standsFor.put(stem, word.stem());
                        }
                    }
                }
            }
        }
        Set<Name> reached = new LinkedHashSet<>();
        for (String stem : standsFor.keySet()) {
            reached.addAll(byStem.get(stem));
        }
        Map<String, Scored> best = new HashMap<>();
        Set<String> containedKeys = new LinkedHashSet<>();
        for (Name name : reached) {
            if (reading.stems().containsAll(name.stems())) {
                containedKeys.add(name.key());
            }
            double nameWeight = 0;
            double matched = 0;
            boolean corrected = false;
            Set<String> explained = new LinkedHashSet<>();
            for (String stem : name.stems()) {
                double w = weight(stem);
                nameWeight += w;
                Double factor = matchOf.get(stem);
                if (factor != null) {
                    corrected |= factor < 1.0;
                    String written = writtenAs.get(stem);
                    double sameWord = written != null && !name.surfaces().contains(written) ? STEM_ONLY_FACTOR : 1.0;
                    matched += w * factor * sameWord;
                    explained.add(standsFor.get(stem));
                }
            }
            double unexplained = 0;
            for (String stem : reading.stems()) {
                if (!explained.contains(stem)) {
                    unexplained += weight(stem);
                }
            }
            double score = round(matched / (nameWeight + UNEXPLAINED_WEIGHT * unexplained));
            Scored current = best.get(name.key());
            if (current == null || score > current.score()) {
                best.put(name.key(), new Scored(name.key(), name, score, corrected, false));
            }
        }
        return best.values().stream()
                .map(c -> containedKeys.contains(c.key())
                        ? new Scored(c.key(), c.name(), c.score(), c.corrected(), true) : c)
                .filter(c -> c.score() > MIN_CANDIDATE_SCORE)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::key))
                .toList();
    }

    /**
     * Keys with a name that holds every word of the text, best first, scored like {@link #rank} (nothing is
     * unexplained then). Cheaper than ranking every name that shares a word: long names such as the List of Waste's
     * nearly all say "waste".
     */
    List<Scored> rankHolding(Reading reading) {
        List<Name> shortest = null;
        for (String stem : reading.stems()) {
            List<Name> withStem = byStem.get(stem);
            if (withStem == null) {
                return List.of();
            }
            if (shortest == null || withStem.size() < shortest.size()) {
                shortest = withStem;
            }
        }
        if (shortest == null) {
            return List.of();
        }
        Map<String, String> writtenAs = new HashMap<>();
        reading.words().forEach(w -> writtenAs.put(w.stem(), w.surface()));
        Map<String, Scored> best = new HashMap<>();
        for (Name name : shortest) {
            if (!name.stems().containsAll(reading.stems())) {
                continue;
            }
            double nameWeight = 0;
            double matched = 0;
            for (String stem : name.stems()) {
                double w = weight(stem);
                nameWeight += w;
                if (writtenAs.containsKey(stem)) {
                    matched += w * (name.surfaces().contains(writtenAs.get(stem)) ? 1.0 : STEM_ONLY_FACTOR);
                }
            }
            double score = round(matched / nameWeight);
            Scored current = best.get(name.key());
            if (current == null || score > current.score()) {
                best.put(name.key(), new Scored(name.key(), name, score, false, name.stems().equals(reading.stems())));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::key))
                .toList();
    }

    private double weight(String stem) {
        return weights.getOrDefault(stem, unknownWordWeight);
    }

    /** Written words of the index one insertion, deletion or substitution away from {@code surface}. */
    private Set<String> oneEditAway(String surface) {
        Set<String> found = new TreeSet<>();
        if (surface.length() < TYPO_MIN_LENGTH) {
            return found;
        }
        // A known word one letter longer: the text lost a letter.
        found.addAll(surfacesOfDeletion.getOrDefault(surface, Set.of()));
        for (String deletion : deletions(surface)) {
            // A known word one letter shorter: the text has a letter too many.
            if (deletion.length() >= TYPO_MIN_LENGTH && stemsOfSurface.containsKey(deletion)) {
                found.add(deletion);
            }
            // Same length, one letter changed: both lose the same position.
            found.addAll(surfacesOfDeletion.getOrDefault(deletion, Set.of()));
        }
        found.removeIf(known -> known.equals(surface) || known.length() < TYPO_MIN_LENGTH
                || !Text.oneEditApart(surface, known));
        return found;
    }

    private static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
