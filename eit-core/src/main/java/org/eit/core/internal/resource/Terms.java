package org.eit.core.internal.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.eit.core.model.Language;

/**
 * How the resolver reads words, with Lucene's analysis chain for each language: words split as Unicode does
 * (UAX #29), elision removed ("d'épuration" → "épuration"), possessives removed ("brewer's" → "brewer"), lower
 * case, accents folded, small words dropped (de, des, of, the...), then a light stemmer (French: Savoy's light
 * stemmer; English: Krovetz, then the minimal plural stemmer) so that "Drêches de brasserie", "dreche brasserie" and "brasserie drêches" read the
 * same. Names of the taxonomy and the user's text go through the same chain, so the folding needs to be
 * consistent more than linguistically exact.
 *
 * <p>Chemical formulas keep their identity: {@code Ca(OH)₂} and {@code CaOH2} read as the one word {@code caoh2}.
 * The analyzers are built once and are thread-safe.
 */
final class Terms {
    /** A word as written (folded, before stemming), for typos, and its stem, for matching. */
    record Word(String surface, String stem) {
    }

    private static final Set<String> SMALL_WORDS_FR = Set.of("le", "la", "les", "l", "de", "des", "du", "d", "un",
            "une", "et", "en", "au", "aux", "a", "pour", "par", "sur", "avec", "sans", "ou", "dans", "chez", "son",
            "sa", "ses", "leur", "leurs", "notre", "nos", "issu", "issue", "issus", "issues", "type", "etc", "ce",
            "ces", "cet", "cette", "nous", "vous", "on", "y", "est", "sont", "qui", "que");
    /** "by" stays a word: "by-products" must not read as "products". */
    private static final Set<String> SMALL_WORDS_EN = Set.of("the", "a", "an", "of", "and", "for", "from", "with",
            "without", "or", "to", "in", "on", "at", "our", "their", "its", "etc", "we", "is", "are", "this",
            "that", "these", "those", "which");
    /** A formula written with brackets or a hydrate dot: Ca(OH)2, Al2(SO4)3, CaSO4·2H2O. */
    private static final Pattern BRACKETED_FORMULA = Pattern.compile(
            "(?<![\\p{L}\\d])(?:[A-Z][a-z]?\\d*|\\((?:[A-Z][a-z]?\\d*)+\\)\\d*)+(?:[·.•]\\d*(?:[A-Z][a-z]?\\d*)+)+"
                    + "(?![\\p{L}\\d])|(?<![\\p{L}\\d])(?:[A-Z][a-z]?\\d*)*\\((?:[A-Z][a-z]?\\d*)+\\)\\d*"
                    + "(?:[A-Z][a-z]?\\d*|\\((?:[A-Z][a-z]?\\d*)+\\)\\d*)*(?![\\p{L}\\d])");
    private static final Pattern FORMULA_PUNCTUATION = Pattern.compile("[()·.•]");

    /**
     * Words the light stemmer would merge with another one that means something else: "traitement" (a treatment,
     * a service) must not read as "traité" (treated, a quality of the material).
     */
    private static final Map<String, String> FRENCH_STEMS = Map.of("traitement", "traitement",
            "traitements", "traitement");

    private static final StemmerOverrideFilter.StemmerOverrideMap FRENCH_OVERRIDES = overrides(FRENCH_STEMS);

    private static final Analyzer FRENCH = analyzer(Language.FR);
    private static final Analyzer ENGLISH = analyzer(Language.EN);

    private Terms() {
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides(Map<String, String> stems) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        stems.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building an in-memory map cannot fail", e);
        }
    }

    private static Analyzer analyzer(Language language) {
        CharArraySet small = new CharArraySet(language == Language.FR ? SMALL_WORDS_FR : SMALL_WORDS_EN, false);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, small);
                // Each word comes out twice: as written (marked keyword, so not stemmed), then stemmed.
                stream = new KeywordRepeatFilter(stream);
                if (language == Language.FR) {
                    stream = new StemmerOverrideFilter(stream, FRENCH_OVERRIDES);
                    stream = new FrenchLightStemFilter(stream);
                } else {
                    // Krovetz keeps a few plurals it knows as words ("oils"); the minimal stemmer then folds them.
                    stream = new EnglishMinimalStemFilter(new KStemFilter(stream));
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The words of {@code text} in order, read as {@code language}, small words removed. */
    static List<Word> words(String text, Language language) {
        List<Word> words = new ArrayList<>();
        String prepared = prepare(text);
        if (prepared.isBlank()) {
            return words;
        }
        Set<String> small = language == Language.FR ? SMALL_WORDS_FR : SMALL_WORDS_EN;
        Analyzer analyzer = language == Language.FR ? FRENCH : ENGLISH;
        try (TokenStream stream = analyzer.tokenStream("", prepared)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String surface = null;
            while (stream.incrementToken()) {
                // The copy of a word comes at the same position as the word.
                if (position.getPositionIncrement() > 0) {
                    surface = term.toString();
                } else if (surface != null) {
                    String stem = term.toString();
                    if (!stem.isEmpty() && !small.contains(stem)) {
                        words.add(new Word(surface, stem));
                    }
                    surface = null;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }

    /** The stems as a set, sorted: word order does not matter. */
    static TreeSet<String> key(String text, Language language) {
        TreeSet<String> key = new TreeSet<>();
        for (Word word : words(text, language)) {
            key.add(word.stem());
        }
        return key;
    }

    /** Compatibility forms (subscript digits, ligatures) and formulas joined into one word. */
    private static String prepare(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (normal.indexOf('(') < 0 && normal.indexOf('·') < 0 && normal.indexOf('•') < 0
                && normal.indexOf('.') < 0) {
            return normal;
        }
        Matcher m = BRACKETED_FORMULA.matcher(normal);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(FORMULA_PUNCTUATION.matcher(m.group()).replaceAll("")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
