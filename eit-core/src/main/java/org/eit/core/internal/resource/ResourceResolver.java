package org.eit.core.internal.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.internal.text.Text;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.resource.WasteCode;

/**
 * Maps what a person wrote to a resource of the taxonomy: an id, a label or synonym in French or English (whatever
 * the case, accents, plurals or word order), a List of Waste code ({@code 10 01 05}, {@code 100105},
 * {@code 10 01 05*}), or failing those the words of a free description, scored against every name.
 *
 * <p>A description resolves only when one resource clearly fits better than the others; otherwise the resolution
 * says ambiguous or unresolved and lists the closest candidates, so that a person decides. Immutable and
 * thread-safe.
 *
 * <p>Scoring: each word weighs by how rare it is among the taxonomy's names (inverse document frequency), so that
 * "carton" counts more than "déchet". A name scores the weight of its words found in the text over its own weight
 * plus a part of the weight of the text's words it does not explain.
 */
public final class ResourceResolver {
    /** Below this score a description does not resolve. */
    static final double MIN_SCORE = 0.6;
    /** The best candidate must lead the next unrelated one by this much. */
    static final double MIN_LEAD = 0.12;
    /**
     * A name written in full inside a longer description ("Lactosérum doux de fromagerie") resolves from this score,
     * provided it leads every unrelated candidate by {@link #CLEAR_LEAD}: the extra words qualify the resource rather
     * than point elsewhere.
     */
    static final double MIN_SCORE_CONTAINED = 0.45;
    static final double CLEAR_LEAD = 0.2;
    /** How much the words of the text that a name does not explain count against it. */
    private static final double UNEXPLAINED_WEIGHT = 0.35;
    /** A misspelt word (one letter off) counts this much of a right one. */
    private static final double TYPO_FACTOR = 0.8;
    private static final Pattern EMBEDDED_CODE = Pattern.compile("(?<![\\d])(\\d{2})[ .]?(\\d{2})[ .]?(\\d{2})(\\*)?(?![\\d])");

    private final ResourceTaxonomy taxonomy;
    private final ListOfWaste listOfWaste;
    private final Map<String, String> ids = new HashMap<>();
    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Set<Term>> exact = new HashMap<>();
    private final Map<String, List<Term>> byWord = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final double unknownWordWeight;

    public ResourceResolver(ResourceTaxonomy taxonomy) {
        this(taxonomy, ListOfWaste.shipped());
    }

    public ResourceResolver(ResourceTaxonomy taxonomy, ListOfWaste listOfWaste) {
        this.taxonomy = taxonomy;
        this.listOfWaste = listOfWaste;
        Map<String, Set<String>> resourcesOfWord = new HashMap<>();
        for (Resource resource : taxonomy.all()) {
            ids.put(resource.id(), resource.id());
            addTerm(resource, resource.id().replace('-', ' '), false, resourcesOfWord);
            addTerm(resource, resource.labelFr(), true, resourcesOfWord);
            addTerm(resource, resource.labelEn(), true, resourcesOfWord);
            for (String synonym : resource.synonymsFr()) {
                addTerm(resource, synonym, false, resourcesOfWord);
            }
            for (String synonym : resource.synonymsEn()) {
                addTerm(resource, synonym, false, resourcesOfWord);
            }
        }
        int n = Math.max(1, taxonomy.size());
        resourcesOfWord.forEach((word, resources) -> weights.put(word, Math.log(1.0 + (double) n / resources.size())));
        double[] sorted = weights.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        unknownWordWeight = sorted.length == 0 ? 1.0 : sorted[sorted.length / 2];
    }

    private void addTerm(Resource resource, String name, boolean label, Map<String, Set<String>> resourcesOfWord) {
        TreeSet<String> words = Terms.key(name);
        if (words.isEmpty()) {
            return;
        }
        Term term = new Term(resource.id(), name, words, label);
        terms.add(term);
        exact.computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>()).add(term);
        for (String word : words) {
            byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(term);
            resourcesOfWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(resource.id());
        }
    }

    public ResourceTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Resolves {@code text}; never null, never throws on odd input. */
    public Resolution resolve(String text) {
        String written = text == null ? "" : text.trim();
        if (written.isEmpty()) {
            return unresolved(written, List.of(), null);
        }
        String asId = written.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (ids.containsKey(asId)) {
            return new Resolution(written, Resolution.Status.RESOLVED, asId, Resolution.Method.ID, asId, 1.0,
                    List.of(), null);
        }
        Optional<WasteCode.Written> code = WasteCode.parse(written);
        if (code.isPresent()) {
            return byWasteCode(written, code.get().code());
        }
        Matcher embedded = EMBEDDED_CODE.matcher(written);
        if (embedded.find()) {
            String found = embedded.group(1) + " " + embedded.group(2) + " " + embedded.group(3);
            Resolution byCode = byWasteCode(written, found);
            if (byCode.isResolved()) {
                return byCode;
            }
        }
        return byWords(written, null);
    }

    private Resolution byWasteCode(String written, String code) {
        Optional<WasteCode> entry = listOfWaste.find(code);
        if (entry.isEmpty()) {
            return unresolved(written, List.of(), null);
        }
        List<Resource> listing = mostSpecific(taxonomy.byWasteCode(code));
        if (listing.size() == 1) {
            return new Resolution(written, Resolution.Status.RESOLVED, listing.get(0).id(),
                    Resolution.Method.WASTE_CODE, entry.get().display(), 1.0, List.of(), entry.get());
        }
        if (listing.size() > 1) {
            List<Resolution.Candidate> candidates = listing.stream()
                    .map(r -> new Resolution.Candidate(r.id(), r.labelEn(), 1.0)).toList();
            return new Resolution(written, Resolution.Status.AMBIGUOUS, null, Resolution.Method.WASTE_CODE,
                    entry.get().display(), 1.0, candidates, entry.get());
        }
        // No resource lists this code: read its official label as a description.
        Resolution fr = byWords(entry.get().labelFr(), entry.get());
        Resolution en = byWords(entry.get().labelEn(), entry.get());
        Resolution best = fr.score() >= en.score() ? fr : en;
        return new Resolution(written, best.status(), best.resourceId(), best.method(), best.matched(),
                best.score(), best.candidates(), entry.get());
    }

    /** Keeps only resources that are not an ancestor of another one in the list. */
    private List<Resource> mostSpecific(List<Resource> resources) {
        return resources.stream()
                .filter(r -> resources.stream().noneMatch(o -> o != r && taxonomy.isA(o.id(), r.id())))
                .toList();
    }

    private Resolution byWords(String written, WasteCode wasteCode) {
        TreeSet<String> words = Terms.key(written);
        if (words.isEmpty()) {
            return unresolved(written, List.of(), wasteCode);
        }
        Set<Term> same = exact.get(String.join(" ", words));
        if (same != null) {
            List<String> resources = same.stream().map(Term::resourceId).distinct().toList();
            Term first = same.iterator().next();
            if (resources.size() == 1) {
                return new Resolution(written, Resolution.Status.RESOLVED, first.resourceId(),
                        first.label() ? Resolution.Method.LABEL : Resolution.Method.SYNONYM, first.name(), 1.0,
                        List.of(), wasteCode);
            }
            List<Resolution.Candidate> candidates = same.stream()
                    .map(t -> new Resolution.Candidate(t.resourceId(), t.name(), 1.0))
                    .filter(distinctBy(Resolution.Candidate::resourceId))
                    .toList();
            return new Resolution(written, Resolution.Status.AMBIGUOUS, null, Resolution.Method.SYNONYM,
                    first.name(), 1.0, candidates, wasteCode);
        }
        List<Resolution.Candidate> ranked = rank(words);
        if (ranked.isEmpty()) {
            return unresolved(written, List.of(), wasteCode);
        }
        Resolution.Candidate best = ranked.get(0);
        double rival = ranked.stream().skip(1)
                .filter(c -> !taxonomy.isA(best.resourceId(), c.resourceId()))
                .mapToDouble(Resolution.Candidate::score)
                .findFirst().orElse(0);
        List<Resolution.Candidate> top = ranked.subList(0, Math.min(3, ranked.size()));
        boolean contained = words.containsAll(Terms.key(best.name()));
        if ((best.score() >= MIN_SCORE && best.score() - rival >= MIN_LEAD)
                || (contained && best.score() >= MIN_SCORE_CONTAINED && best.score() - rival >= CLEAR_LEAD)) {
            return new Resolution(written, Resolution.Status.RESOLVED, best.resourceId(),
                    Resolution.Method.DESCRIPTION, best.name(), round(best.score()), top, wasteCode);
        }
        Resolution.Status status = best.score() >= MIN_SCORE ? Resolution.Status.AMBIGUOUS
                : Resolution.Status.UNRESOLVED;
        return new Resolution(written, status, null, Resolution.Method.DESCRIPTION, best.name(),
                round(best.score()), top, wasteCode);
    }

    /** Resources whose names share words with {@code words}, best score first, one entry per resource. */
    private List<Resolution.Candidate> rank(TreeSet<String> words) {
        Map<String, String> seen = new LinkedHashMap<>();
        Map<String, Double> matchOf = new HashMap<>();
        for (String word : words) {
            if (byWord.containsKey(word)) {
                matchOf.put(word, 1.0);
                seen.put(word, word);
            } else {
                for (String known : byWord.keySet()) {
                    if (word.length() >= 5 && known.length() >= 5 && Text.oneEditApart(word, known)) {
                        matchOf.put(known, TYPO_FACTOR);
                        seen.put(known, word);
                    }
                }
            }
        }
        Set<Term> reached = new LinkedHashSet<>();
        for (String known : seen.keySet()) {
            reached.addAll(byWord.get(known));
        }
        Map<String, Resolution.Candidate> best = new HashMap<>();
        for (Term term : reached) {
            double termWeight = 0;
            double matched = 0;
            Set<String> explained = new LinkedHashSet<>();
            for (String word : term.words()) {
                double w = weights.getOrDefault(word, unknownWordWeight);
                termWeight += w;
                Double factor = matchOf.get(word);
                if (factor != null) {
                    matched += w * factor;
                    explained.add(seen.get(word));
                }
            }
            double unexplained = 0;
            for (String word : words) {
                if (!explained.contains(word)) {
                    unexplained += weights.getOrDefault(word, unknownWordWeight);
                }
            }
            double score = matched / (termWeight + UNEXPLAINED_WEIGHT * unexplained);
            Resolution.Candidate current = best.get(term.resourceId());
            if (current == null || score > current.score()) {
                best.put(term.resourceId(), new Resolution.Candidate(term.resourceId(), term.name(), round(score)));
            }
        }
        return best.values().stream()
                .filter(c -> c.score() > 0.2)
                .sorted(Comparator.comparingDouble(Resolution.Candidate::score).reversed()
                        .thenComparing(Resolution.Candidate::resourceId))
                .toList();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static Resolution unresolved(String written, List<Resolution.Candidate> candidates, WasteCode code) {
        return new Resolution(written, Resolution.Status.UNRESOLVED, null, null, null, 0, candidates, code);
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, ?> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    private record Term(String resourceId, String name, TreeSet<String> words, boolean label) {
    }
}
