package org.eit.core.internal.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people write in flows spreadsheets, French and English, and the resource each must resolve to
 * ({@code resolver-cases.csv}: one line per case, an empty {@code expected} for texts that must not resolve).
 */
class ResourceResolverTest {
    private static final ResourceResolver RESOLVER = new ResourceResolver(ResourceTaxonomy.shipped());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ResourceResolverTest.class.getResourceAsStream("resolver-cases.csv")) {
            Problems problems = new Problems();
            CsvTable table = CsvTable.read("resolver-cases.csv", in.readAllBytes(), problems);
            problems.throwIfErrors();
            return table.rows().stream()
                    .map(row -> Arguments.of(row.getOrEmpty("text"), row.getOrEmpty("expected"),
                            row.getOrEmpty("language")));
        }
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" -> {1}")
    @MethodSource("cases")
    void resolvesWhatPeopleWrite(String text, String expected, String language) {
        Resolution resolution = RESOLVER.resolve(text);
        if (expected.isEmpty()) {
            assertThat(resolution.isResolved()).as("'%s' must not resolve, got %s", text, resolution).isFalse();
        } else {
            assertThat(resolution.resourceId()).as("%s", resolution).isEqualTo(expected);
        }
    }

    @Test
    void theCaseListIsLargeAndCoversBothLanguagesAndNegatives() throws IOException {
        List<Arguments> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().filter(a -> a.get()[1].toString().isEmpty())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all.stream().filter(a -> "fr".equals(a.get()[2]))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all.stream().filter(a -> "en".equals(a.get()[2]))).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 01 05", "100105", "10.01.05"})
    void resolvesListOfWasteCodesWrittenAnyWay(String code) {
        Resolution resolution = RESOLVER.resolve(code);
        assertThat(resolution.method()).isEqualTo(Resolution.Method.WASTE_CODE);
        assertThat(resolution.resourceId()).isEqualTo("fgd-gypsum");
        assertThat(resolution.wasteCode().code()).isEqualTo("10 01 05");
        assertThat(resolution.wasteCode().hazardous()).isFalse();
    }

    @Test
    void aStarredCodeKeepsItsHazard() {
        Resolution resolution = RESOLVER.resolve("13 02 05*");
        assertThat(resolution.resourceId()).isEqualTo("used-mineral-oil");
        assertThat(resolution.wasteCode().hazardous()).isTrue();
        assertThat(ResourceTaxonomy.shipped().get("used-mineral-oil").hazardous()).isTrue();
    }

    @Test
    void aCodeListedByTwoResourcesIsAmbiguousAndNamesBoth() {
        Resolution resolution = RESOLVER.resolve("02 07 04");
        assertThat(resolution.status()).isEqualTo(Resolution.Status.AMBIGUOUS);
        assertThat(resolution.candidates()).extracting(Resolution.Candidate::resourceId)
                .contains("spent-grain", "brewers-yeast");
    }

    @Test
    void anUnknownCodeDoesNotResolve() {
        Resolution resolution = RESOLVER.resolve("99 99 99");
        assertThat(resolution.isResolved()).isFalse();
        assertThat(resolution.wasteCode()).isNull();
    }

    @Test
    void saysHowItResolved() {
        assertThat(RESOLVER.resolve("fly-ash").method()).isEqualTo(Resolution.Method.ID);
        assertThat(RESOLVER.resolve("Cendres volantes").method()).isEqualTo(Resolution.Method.LABEL);
        assertThat(RESOLVER.resolve("brewers grain").method()).isEqualTo(Resolution.Method.SYNONYM);
        Resolution described = RESOLVER.resolve("sciure de bois de la menuiserie");
        assertThat(described.method()).isEqualTo(Resolution.Method.DESCRIPTION);
        assertThat(described.score()).isBetween(ResourceResolver.MIN_SCORE, 1.0);
    }

    @Test
    void whenItCannotDecideItOffersTheClosestCandidates() {
        Resolution twoThings = RESOLVER.resolve("déchets verts et bois");
        assertThat(twoThings.status()).isEqualTo(Resolution.Status.AMBIGUOUS);
        assertThat(twoThings.candidates()).extracting(Resolution.Candidate::resourceId)
                .contains("green-waste", "wood-waste");
        Resolution vague = RESOLVER.resolve("résidus divers");
        assertThat(vague.status()).isEqualTo(Resolution.Status.UNRESOLVED);
        assertThat(vague.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(RESOLVER.resolve("").status()).isEqualTo(Resolution.Status.UNRESOLVED);
        assertThat(RESOLVER.resolve("   ").candidates()).isEmpty();
    }

    @Test
    void saysWhatItHadToAssume() {
        assertThat(RESOLVER.resolve("Vapeur pour le nettoyage des cuves").notes())
                .containsExactly(Resolution.Note.QUALIFIER_SET_ASIDE);
        assertThat(RESOLVER.resolve("Steam [stream S-12, unit 4, train B]").notes())
                .contains(Resolution.Note.TAG_SET_ASIDE);
        assertThat(RESOLVER.resolve("Regrind and sprues (PP)").notes()).contains(Resolution.Note.BRACKETS_READ);
        assertThat(RESOLVER.resolve("palettes cassées en boiss").resourceId()).isEqualTo("wood-pallets");
        Resolution wording = RESOLVER.resolve("calcium-based reaction wastes from flue-gas desulphurisation in solid form");
        assertThat(wording.notes()).contains(Resolution.Note.WASTE_CODE_WORDING);
        assertThat(wording.wasteCode().code()).isEqualTo("10 01 05");
        assertThat(RESOLVER.resolve("Vapeur pour le nettoyage des cuves").text())
                .isEqualTo("Vapeur pour le nettoyage des cuves");
    }

    @Test
    void aTypoOneLetterAwayIsCorrectedAndSaidSo() {
        Resolution typo = RESOLVER.resolve("sawdst from the joinery");
        assertThat(typo.resourceId()).isEqualTo("sawdust");
        assertThat(typo.notes()).contains(Resolution.Note.TYPO_CORRECTED);
        assertThat(RESOLVER.resolve("stuff").isResolved()).as("short words are not corrected").isFalse();
    }

    @Test
    void whenAResourceAndANarrowerOneFitEquallyTheBroaderOneIsTaken() {
        Resolution shared = RESOLVER.resolve("Clinical waste incl. sharps");
        assertThat(shared.resourceId()).isEqualTo("healthcare-waste");
        assertThat(shared.notes()).contains(Resolution.Note.BROADER_SHARED);
        // siblings without their parent among the candidates stay ambiguous
        assertThat(RESOLVER.resolve("boiler fly ash").status()).isNotEqualTo(Resolution.Status.RESOLVED);
    }

    @Test
    void theSameTextResolvesOnceAndIsServedFromTheCache() {
        ResourceResolver resolver = new ResourceResolver(ResourceTaxonomy.shipped());
        Resolution first = resolver.resolve("Sciure de chêne et de résineux");
        assertThat(resolver.resolve("  Sciure de chêne et de résineux ")).isSameAs(first);
    }
}
