package org.eit.core.internal.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
    /** The sum of the weights of each name's stems, computed once. */
    private final Map<Name, Double> nameWeights = new HashMap<>();
    private final double unknownWordWeight;
    /** Written word → its stems, and each written word minus one letter → the written words it comes from. */
    private final Map<String, Set<String>> stemsOfSurface = new HashMap<>();
    private final Map<String, Set<String>> surfacesOfDeletion = new HashMap<>();

    NameIndex(Language language, List<Entry> entries) {
        this.language = language;
        Map<String, Set<String>> keysOfStem = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<Name> distinct = new HashSet<>();
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
            if (!distinct.add(name)) {
                continue; // the id and a synonym often read the same: one name, counted once
            }
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
        for (List<Name> named : byStem.values()) {
            for (Name name : named) {
                nameWeights.computeIfAbsent(name, k -> k.stems().stream().mapToDouble(this::weight).sum());
            }
        }
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
        // Each word of the text, as an index, so that a name's explained words fit in a bit mask.
        List<String> textStems = new ArrayList<>(reading.stems());
        double textWeight = 0;
        for (String stem : textStems) {
            textWeight += weight(stem);
        }
        // Each stem of a name the text reaches, once: how much it counts, the text's word it explains, and how the
        // text wrote it (a word written the same way counts in full, one equal only once stemmed a little less).
        Map<String, Match> matches = new LinkedHashMap<>();
        for (Terms.Word word : reading.words()) {
            int bit = textStems.indexOf(word.stem());
            if (byStem.containsKey(word.stem())) {
                matches.put(word.stem(), new Match(1.0, bit, word.surface()));
            } else {
                for (String known : oneEditAway(word.surface())) {
                    for (String stem : stemsOfSurface.get(known)) {
                        if (byStem.containsKey(stem)) {
                            matches.putIfAbsent(stem, new Match(TYPO_FACTOR, bit, null));
                        }
                    }
                }
            }
        }
        // Accumulated per name, visiting only the names that hold a word of the text (inverted-index scoring).
        Map<Name, Tally> tallies = new HashMap<>();
        matches.forEach((stem, match) -> tally(stem, match, tallies));
        Map<String, Scored> best = new HashMap<>();
        Set<String> containedKeys = new LinkedHashSet<>();
        for (Map.Entry<Name, Tally> entry : tallies.entrySet()) {
            Name name = entry.getKey();
            Tally tally = entry.getValue();
            if (tally.directStems == name.stems().size()) {
                containedKeys.add(name.key());
            }
            double explained = 0;
            for (int i = 0; i < textStems.size(); i++) {
                if ((tally.explained & (1L << Math.min(i, 63))) != 0) {
                    explained += weight(textStems.get(i));
                }
            }
            double unexplained = Math.max(0, textWeight - explained);
            double score = round(tally.matched / (nameWeights.get(name) + UNEXPLAINED_WEIGHT * unexplained));
            Scored current = best.get(name.key());
            // Names of one key that score the same: the one written first in order, so that the name shown as
            // matched does not depend on the hash order of the names (a Language in them hashes by identity).
            if (current == null || score > current.score() || (score == current.score()
                    && name.written().compareTo(current.name().written()) < 0)) {
                best.put(name.key(), new Scored(name.key(), name, score, tally.corrected, false));
            }
        }
        return best.values().stream()
                .map(c -> containedKeys.contains(c.key())
                        ? new Scored(c.key(), c.name(), c.score(), c.corrected(), true) : c)
                .filter(c -> c.score() > MIN_CANDIDATE_SCORE)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::key))
                .toList();
    }

    /** What the words of the text add up to for one name. */
    private static final class Tally {
        double matched;
        long explained;
        int directStems;
        boolean corrected;
    }

    private record Match(double factor, int textBit, String writtenAs) {
    }

    /** Credits every name holding {@code stem} with its weight, part of it for a corrected word. */
    private void tally(String stem, Match match, Map<Name, Tally> tallies) {
        double w = weight(stem);
        for (Name name : byStem.get(stem)) {
            Tally tally = tallies.computeIfAbsent(name, k -> new Tally());
            boolean sameWord = match.writtenAs() == null || name.surfaces().contains(match.writtenAs());
            tally.matched += w * match.factor() * (sameWord ? 1.0 : STEM_ONLY_FACTOR);
            tally.explained |= 1L << Math.min(match.textBit(), 63);
            if (match.factor() == 1.0) {
                tally.directStems++;
            } else {
                tally.corrected = true;
            }
        }
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
