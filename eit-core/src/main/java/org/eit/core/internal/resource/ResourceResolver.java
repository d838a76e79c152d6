package org.eit.core.internal.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.internal.collect.Lazy;
import org.eit.core.model.Language;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.Resolution.Note;
import org.eit.core.resource.Resource;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.core.resource.WasteCode;

/**
 * Maps what a person wrote to a resource of the taxonomy: an id, a label or synonym in French or English (whatever
 * the case, accents, plurals or word order), a List of Waste code ({@code 10 01 05}, {@code 100105},
 * {@code 10 01 05*}), or failing those the words of a free description, scored against every name.
 *
 * <p>In order: the id; a List of Waste code; a name exactly; a code inside the text; the words of the whole text,
 * then the wording of a List of Waste entry; the text without what qualifies it (a use "pour le nettoyage", an
 * origin "from the joinery", a trailing tag "[S-12]"), which wins when it resolves unless the whole text named a
 * narrower resource or matched nearly word for word; the part in brackets. docs/KNOWLEDGE.md tells it at
 * length. A description
 * resolves only when one resource clearly fits better than the others, or when the closest ones are a resource
 * and narrower ones of it (then the broader one they share); otherwise the resolution says ambiguous or
 * unresolved and lists the closest candidates, so that a person decides. What the resolver had to assume is in
 * {@link Resolution#notes()}.
 *
 * <p>Texts are read in French and in English with Lucene's analysers ({@link Terms}), each against the names of
 * its language; the better reading wins. Resolutions are cached per distinct text, so a territory whose flows
 * repeat the same words pays once per wording. Immutable (but for the cache) and thread-safe.
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
    /** The wording of a List of Waste entry is long and generic: it must match nearly word for word. */
    static final double MIN_SCORE_WASTE_WORDING = 0.75;
    /** A description scoring this much matched nearly word for word. */
    static final double NEAR_EXACT = 0.9;
    /** Distinct texts kept; past this the cache starts again (a territory rarely has that many wordings). */
    private static final int CACHE_LIMIT = 200_000;
    private static final Pattern EMBEDDED_CODE = Pattern.compile("(?<![\\d])(\\d{2})[ .]?(\\d{2})[ .]?(\\d{2})(\\*)?(?![\\d])");
    /**
     * What follows the resource in "vapeur pour le nettoyage des cuves", "hot water for the greenhouses", "sawdust
     * from the joinery", "laitier destiné aux routes", "fly ash used as cement substitute".
     */
    private static final Pattern QUALIFIER = Pattern.compile("(?iu)[\\s,;]+(?:pour|for|destin[ée]e?s?|à destination"
            + "|afin|utilis[ée]e?s?|used|to be used|as|to|vers|from|provenant|en provenance|issue?s?|servant"
            + "|nécessaires?|needed|required|requis|wanted)(?=[\\s'’]).*$");
    /** "other than those mentioned in 03 01 04": the List of Waste's wording names the code it excludes. */
    private static final Pattern REFERENCE_TO_CODE = Pattern.compile(
            "(?iu)(?:mentioned in|visée?s? (?:à|aux) (?:la |les )?rubriques?|other than|autres? que)"
                    + "(?:[\\s\\d,*]|and|et|ou|or)*$");
    /** The same, to leave out of the wording of entries. */
    private static final Pattern EXCLUDED_CODES = Pattern.compile(
            "(?iu),?\\s*(?:other than those mentioned in|autres? que (?:ceux|celles) visée?s? (?:à|aux)"
                    + " (?:la |les )?rubriques?)[\\d\\s,*]*(?:(?:and|et|ou|or)[\\d\\s,*]*)*$");
    /** A tag after the name: "Fly ash [S-12]", "Cendres (chaudière 2)", "Steam - line 3". */
    private static final Pattern TRAILING_TAG = Pattern.compile("\\s*(?:[(\\[{][^()\\[\\]{}]*[)\\]}]|\\s[-–—]\\s.*)\\s*$");
    private static final Pattern LAST_BRACKETS = Pattern.compile("[(\\[]([^()\\[\\]]+)[)\\]]\\s*$");

    private final ResourceTaxonomy taxonomy;
    private final ListOfWaste listOfWaste;
    private final Set<String> ids;
    private final Map<String, Resolution> cache = new ConcurrentHashMap<>();
    /**
     * The resources' names and the List of Waste's wording, each read in French and in English: built at the first
     * text that needs them (a territory that names its resources by id never does).
     */
    private final Lazy<List<NameIndex>> names = new Lazy<>(this::nameIndexes);
    private final Lazy<List<NameIndex>> wasteWording = new Lazy<>(this::wordingIndexes);

    public ResourceResolver(ResourceTaxonomy taxonomy) {
        this(taxonomy, ListOfWaste.shipped());
    }

    public ResourceResolver(ResourceTaxonomy taxonomy, ListOfWaste listOfWaste) {
        this.taxonomy = taxonomy;
        this.listOfWaste = listOfWaste;
        Set<String> known = new LinkedHashSet<>();
        for (Resource resource : taxonomy.all()) {
            known.add(resource.id());
        }
        this.ids = Set.copyOf(known);
    }

    private List<NameIndex> nameIndexes() {
        List<NameIndex.Entry> french = new ArrayList<>();
        List<NameIndex.Entry> english = new ArrayList<>();
        for (Resource resource : taxonomy.all()) {
            english.add(new NameIndex.Entry(resource.id(), resource.id().replace('-', ' '), false));
            french.add(new NameIndex.Entry(resource.id(), resource.labelFr(), true));
            english.add(new NameIndex.Entry(resource.id(), resource.labelEn(), true));
            resource.synonymsFr().forEach(s -> french.add(new NameIndex.Entry(resource.id(), s, false)));
            resource.synonymsEn().forEach(s -> english.add(new NameIndex.Entry(resource.id(), s, false)));
        }
        return List.of(new NameIndex(Language.FR, french), new NameIndex(Language.EN, english));
    }

    private List<NameIndex> wordingIndexes() {
        List<NameIndex.Entry> wordingFr = new ArrayList<>();
        List<NameIndex.Entry> wordingEn = new ArrayList<>();
        for (WasteCode entry : listOfWaste.entries()) {
            wordingFr.add(new NameIndex.Entry(entry.code(), EXCLUDED_CODES.matcher(entry.labelFr()).replaceAll(""), true));
            wordingEn.add(new NameIndex.Entry(entry.code(), EXCLUDED_CODES.matcher(entry.labelEn()).replaceAll(""), true));
        }
        return List.of(new NameIndex(Language.FR, wordingFr), new NameIndex(Language.EN, wordingEn));
    }

    public ResourceTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Resolves {@code text}; never null, never throws on odd input. */
    public Resolution resolve(String text) {
        String written = text == null ? "" : text.trim();
        Resolution cached = cache.get(written);
        if (cached != null) {
            return cached;
        }
        Resolution resolution = resolveUncached(written);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(written, resolution);
        return resolution;
    }

    private Resolution resolveUncached(String written) {
        if (written.isEmpty()) {
            return unresolved(written, List.of(), null);
        }
        String asId = written.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (ids.contains(asId)) {
            return new Resolution(written, Resolution.Status.RESOLVED, asId, Resolution.Method.ID, asId, 1.0,
                    List.of(), null);
        }
        Optional<WasteCode.Written> code = WasteCode.parse(written);
        if (code.isPresent()) {
            return byWasteCode(written, code.get().code());
        }
        Resolution whole = byNames(written, null);
        if (whole.isResolved() && whole.method() != Resolution.Method.DESCRIPTION) {
            return whole;
        }
        Matcher embedded = EMBEDDED_CODE.matcher(written);
        while (embedded.find()) {
            if (REFERENCE_TO_CODE.matcher(written.substring(0, embedded.start())).find()) {
                continue;
            }
            String found = embedded.group(1) + " " + embedded.group(2) + " " + embedded.group(3);
            Resolution byCode = byWasteCode(written, found);
            if (byCode.isResolved()) {
                return byCode;
            }
        }
        if (!whole.isResolved()) {
            Resolution wording = byWasteWording(written);
            whole = wording.isResolved() ? wording : whole;
        }
        // A whole text that matched nearly word for word is not second-guessed from its head.
        Head head = whole.isResolved() && whole.score() >= NEAR_EXACT ? null : head(written);
        if (head != null) {
            Resolution part = byNames(head.text(), null);
            if (!part.isResolved()) {
                part = byWasteWording(head.text());
            }
            if (part.isResolved()) {
                // The whole text may name a narrower resource than its head ("boues (station d'épuration)").
                if (whole.isResolved() && taxonomy.isA(whole.resourceId(), part.resourceId())) {
                    return whole;
                }
                return part.forText(written).with(head.note());
            }
        }
        if (whole.isResolved()) {
            return whole;
        }
        Matcher brackets = LAST_BRACKETS.matcher(written);
        if (brackets.find()) {
            Resolution inside = byNames(brackets.group(1), null);
            if (inside.isResolved()) {
                return inside.forText(written).with(Note.BRACKETS_READ);
            }
        }
        return whole;
    }

    private record Head(String text, Note note) {
    }

    /** The text without its qualifier and trailing tags, or null when there is none. */
    private static Head head(String written) {
        String head = written;
        Note note = null;
        Matcher qualifier = QUALIFIER.matcher(head);
        if (qualifier.find() && qualifier.start() > 0) {
            head = head.substring(0, qualifier.start());
            note = Note.QUALIFIER_SET_ASIDE;
        }
        for (Matcher tag = TRAILING_TAG.matcher(head); tag.find() && tag.start() > 0; tag = TRAILING_TAG.matcher(head)) {
            head = head.substring(0, tag.start());
            note = note == null ? Note.TAG_SET_ASIDE : note;
        }
        head = head.trim();
        return note == null || head.isEmpty() ? null : new Head(head, note);
    }

    private Resolution byWasteCode(String written, String code) {
        Optional<WasteCode> entry = listOfWaste.find(code);
        if (entry.isEmpty()) {
            return unresolved(written, List.of(), null);
        }
        List<String> listing = mostSpecific(taxonomy.byWasteCode(code).stream().map(Resource::id).toList());
        if (listing.size() == 1) {
            return new Resolution(written, Resolution.Status.RESOLVED, listing.get(0),
                    Resolution.Method.WASTE_CODE, entry.get().display(), 1.0, List.of(), entry.get());
        }
        if (listing.size() > 1) {
            List<Resolution.Candidate> candidates = listing.stream()
                    .map(id -> new Resolution.Candidate(id, taxonomy.get(id).labelEn(), 1.0)).toList();
            return new Resolution(written, Resolution.Status.AMBIGUOUS, null, Resolution.Method.WASTE_CODE,
                    entry.get().display(), 1.0, candidates, entry.get());
        }
        // No resource lists this code: read its official label as a description.
        Resolution fr = byNames(entry.get().labelFr(), entry.get());
        Resolution en = byNames(entry.get().labelEn(), entry.get());
        Resolution best = fr.score() >= en.score() ? fr : en;
        return best.forText(written);
    }

    /** Keeps only resources that are not an ancestor of another one in the list. */
    private List<String> mostSpecific(List<String> resources) {
        return resources.stream()
                .filter(r -> resources.stream().noneMatch(o -> !o.equals(r) && taxonomy.isA(o, r)))
                .distinct()
                .toList();
    }

    /** The deepest of {@code resources} that every other one lies below, if there is one. */
    private Optional<String> broaderShared(Set<String> resources) {
        return resources.stream()
                .filter(r -> resources.stream().allMatch(o -> taxonomy.isA(o, r)))
                .max(Comparator.comparingInt(r -> taxonomy.ancestors(r).size()));
    }

    /** A name exactly, else the words of {@code written} scored against every name. */
    private Resolution byNames(String written, WasteCode wasteCode) {
        List<NameIndex> names = this.names.get();
        List<NameIndex.Reading> readings = names.stream().map(index -> index.read(written)).toList();
        if (readings.stream().allMatch(r -> r.stems().isEmpty())) {
            return unresolved(written, List.of(), wasteCode);
        }
        Set<NameIndex.Name> same = new LinkedHashSet<>();
        Set<NameIndex.Name> asWritten = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            for (NameIndex.Name name : names.get(i).exact(readings.get(i))) {
                same.add(name);
                if (name.surfaces().equals(readings.get(i).surfaces())) {
                    asWritten.add(name);
                }
            }
        }
        if (!same.isEmpty()) {
            // Stemming, or reading a word in the other language, can make two names equal ("frigos", "frigories";
            // "plaster" read as French "plastique"): the names written with the very same words come first.
            return exactly(written, keys(asWritten).size() == 1 ? asWritten : same, wasteCode);
        }
        List<NameIndex.Scored> ranked = rank(names, readings);
        if (ranked.isEmpty()) {
            return unresolved(written, List.of(), wasteCode);
        }
        NameIndex.Scored best = ranked.get(0);
        List<Resolution.Candidate> top = ranked.stream().limit(3).map(ResourceResolver::candidate).toList();
        boolean contained = best.contained();
        double lead = best.score() - rival(ranked);
        if ((best.score() >= MIN_SCORE && lead >= MIN_LEAD)
                || (contained && best.score() >= MIN_SCORE_CONTAINED && lead >= CLEAR_LEAD)) {
            Resolution resolved = new Resolution(written, Resolution.Status.RESOLVED, best.key(),
                    Resolution.Method.DESCRIPTION, best.name().written(), best.score(), top, wasteCode);
            return best.corrected() ? resolved.with(Note.TYPO_CORRECTED) : resolved;
        }
        boolean strong = best.score() >= MIN_SCORE || (contained && best.score() >= MIN_SCORE_CONTAINED);
        double margin = best.score() >= MIN_SCORE ? MIN_LEAD : CLEAR_LEAD;
        if (strong) {
            Set<String> close = new LinkedHashSet<>();
            ranked.stream().filter(c -> c.score() > best.score() - margin).forEach(c -> close.add(c.key()));
            Optional<String> shared = broaderShared(close);
            if (shared.isPresent()) {
                NameIndex.Scored chosen = ranked.stream().filter(c -> c.key().equals(shared.get())).findFirst()
                        .orElseThrow();
                return new Resolution(written, Resolution.Status.RESOLVED, chosen.key(),
                        Resolution.Method.DESCRIPTION, chosen.name().written(), chosen.score(), top, wasteCode)
                        .with(Note.BROADER_SHARED);
            }
        }
        Resolution.Status status = best.score() >= MIN_SCORE ? Resolution.Status.AMBIGUOUS
                : Resolution.Status.UNRESOLVED;
        return new Resolution(written, status, null, Resolution.Method.DESCRIPTION, best.name().written(),
                best.score(), top, wasteCode);
    }

    /** The score of the best candidate that is not the first one nor a broader resource of it. */
    private double rival(List<NameIndex.Scored> ranked) {
        String best = ranked.get(0).key();
        return ranked.stream().skip(1)
                .filter(c -> !taxonomy.isA(best, c.key()))
                .mapToDouble(NameIndex.Scored::score)
                .findFirst().orElse(0);
    }

    private static Set<String> keys(Set<NameIndex.Name> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(n.key()));
        return keys;
    }

    private Resolution exactly(String written, Set<NameIndex.Name> same, WasteCode wasteCode) {
        Set<String> resources = keys(same);
        Optional<String> chosen = resources.size() == 1 ? Optional.of(resources.iterator().next())
                : broaderShared(resources);
        if (chosen.isPresent()) {
            NameIndex.Name name = same.stream().filter(n -> n.key().equals(chosen.get()))
                    .min(Comparator.comparing(n -> !n.label())).orElseThrow();
            Resolution resolved = new Resolution(written, Resolution.Status.RESOLVED, name.key(),
                    name.label() ? Resolution.Method.LABEL : Resolution.Method.SYNONYM, name.written(), 1.0,
                    List.of(), wasteCode);
            return resources.size() == 1 ? resolved : resolved.with(Note.BROADER_SHARED);
        }
        List<Resolution.Candidate> candidates = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (NameIndex.Name name : same) {
            if (listed.add(name.key())) {
                candidates.add(new Resolution.Candidate(name.key(), name.written(), 1.0));
            }
        }
        return new Resolution(written, Resolution.Status.AMBIGUOUS, null, Resolution.Method.SYNONYM,
                same.iterator().next().written(), 1.0, candidates, wasteCode);
    }

    /**
     * The wording of a List of Waste entry ("boues provenant du traitement in situ des effluents"): the resource
     * that lists the entry or, when entries of several resources are worded alike (the same wording recurs from
     * chapter to chapter), the narrowest resource they all lie below.
     */
    private Resolution byWasteWording(String written) {
        String wording = EXCLUDED_CODES.matcher(written).replaceAll("");
        // The entry's wording must hold every word of the text: "aluminium fluoride" is not entry 17 04 02
        // "aluminium".
        Map<String, NameIndex.Scored> holding = new HashMap<>();
        for (NameIndex index : wasteWording.get()) {
            for (NameIndex.Scored scored : index.rankHolding(index.read(wording))) {
                holding.merge(scored.key(), scored, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<NameIndex.Scored> listed = holding.values().stream()
                .filter(c -> !taxonomy.byWasteCode(c.key()).isEmpty())
                .sorted(Comparator.comparingDouble(NameIndex.Scored::score).reversed()
                        .thenComparing(NameIndex.Scored::key))
                .toList();
        if (listed.isEmpty() || listed.get(0).score() < MIN_SCORE_WASTE_WORDING) {
            return unresolved(written, List.of(), null);
        }
        NameIndex.Scored best = listed.get(0);
        List<NameIndex.Scored> close = listed.stream().filter(c -> c.score() > best.score() - MIN_LEAD).toList();
        Set<String> resources = new LinkedHashSet<>();
        close.forEach(c -> resources.addAll(mostSpecific(taxonomy.byWasteCode(c.key()).stream()
                .map(Resource::id).toList())));
        Optional<String> chosen = resources.size() == 1 ? Optional.of(resources.iterator().next())
                : narrowestCommon(resources);
        if (chosen.isEmpty()) {
            return unresolved(written, List.of(), null);
        }
        WasteCode entry = close.size() == 1 ? listOfWaste.find(best.key()).orElse(null) : null;
        Resolution resolved = new Resolution(written, Resolution.Status.RESOLVED, chosen.get(),
                Resolution.Method.DESCRIPTION, best.name().written(), best.score(), List.of(), entry)
                .with(Note.WASTE_CODE_WORDING);
        return resources.size() == 1 ? resolved : resolved.with(Note.BROADER_SHARED);
    }

    /** The narrowest resource that every one of {@code resources} is or lies below, if they have one. */
    private Optional<String> narrowestCommon(Set<String> resources) {
        String first = resources.iterator().next();
        List<String> line = new ArrayList<>();
        line.add(first);
        line.addAll(taxonomy.ancestors(first));
        return line.stream().filter(a -> resources.stream().allMatch(r -> taxonomy.isA(r, a))).findFirst();
    }

    /** Every index's candidates for its reading of the text, one per key, best first. */
    private static List<NameIndex.Scored> rank(List<NameIndex> indexes, List<NameIndex.Reading> readings) {
        Map<String, NameIndex.Scored> best = new HashMap<>();
        for (int i = 0; i < indexes.size(); i++) {
            for (NameIndex.Scored scored : indexes.get(i).rank(readings.get(i))) {
                NameIndex.Scored current = best.get(scored.key());
                if (current == null || scored.score() > current.score()) {
                    best.put(scored.key(), scored);
                }
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(NameIndex.Scored::score).reversed()
                        .thenComparing(NameIndex.Scored::key))
                .toList();
    }

    private static Resolution.Candidate candidate(NameIndex.Scored scored) {
        return new Resolution.Candidate(scored.key(), scored.name().written(), scored.score());
    }

    private static Resolution unresolved(String written, List<Resolution.Candidate> candidates, WasteCode code) {
        return new Resolution(written, Resolution.Status.UNRESOLVED, null, null, null, 0, candidates, code);
    }
}
