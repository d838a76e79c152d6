package org.eit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateReportsTest {
    /** What would make a browser fetch something: a remote address, an import, a url() or a src that is not inline. */
    private static final Pattern REMOTE = Pattern.compile("https?://|@import|url\\(|\\bsrc\\s*=|<link\\b|<script\\b",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theHtmlReportShowsEverySectionWithTheOpportunityNoteFirst(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String html = TemplateReports.html(ReportFixtures.inputs(locale));
        String verdict = language.equals("fr") ? "Une démarche EIT vaut la peine ici." : "An EIT approach is worth it here.";
        int note = html.indexOf(verdict);
        assertThat(note).isPositive();
        for (String later : new String[] {"id=\"map\"", "id=\"network\"", "id=\"afom\"", "id=\"gains\"",
            "id=\"actions\"", "id=\"governance\"", "id=\"synergies\"", "id=\"to-classify\"", "id=\"partners\""}) {
            assertThat(html.indexOf(later)).as(later).isGreaterThan(note);
        }
        assertThat(html).contains("<details>", "S-0001", "min(F1 800 t/yr x 0.9, F2 1200 t/yr) = 720 t",
                "<svg", "<circle", "class=\"quadrant q-strength\"", "class=\"quadrant q-threat\"");
        // The action programme as a table and a timeline, the partners annex, the flows to classify.
        assertThat(html).contains(language.equals("fr") ? "Boucle de chaleur du Val" : "Val heat loop",
                language.equals("fr") ? "ADEME Bourgogne" : "ADEME regional office", "bidule de GAEC des Prés",
                "class=\"bar-1\"");
        // Actors by name, never by id, where a reader expects a name.
        assertThat(html).doesNotContain(">31234567800011<").doesNotContain("31234567800011 →");
        // No key of the catalog printed as itself: every text exists in this language.
        assertThat(html).doesNotContainPattern("\\b(report|afom|horizon|action-type|actor-kind|kind|confidence)"
                + "\\.[a-z-]+\\b(?![.\\w])");
    }

    @Test
    void everyValueIsEscaped() {
        String html = TemplateReports.html(ReportFixtures.inputs(Locale.FRENCH));
        assertThat(html).doesNotContain("<Dupont>").contains("Scierie &lt;Dupont&gt; &amp; Fils");
        String md = TemplateReports.markdown(ReportFixtures.inputs(Locale.FRENCH));
        assertThat(md).contains("Scierie \\<Dupont\\> \\& Fils", "Chaufferie \\| Réseau \\*Val\\*")
                .doesNotContain("Chaufferie | Réseau");
    }

    @Test
    void theHtmlReportLoadsNothingFromElsewhere() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            String html = TemplateReports.html(ReportFixtures.inputs(locale));
            Matcher m = REMOTE.matcher(html);
            assertThat(m.find()).as("remote reference %s", m.find(0) ? m.group() : "").isFalse();
        }
    }

    @Test
    void sectionsTheDiagnosticDoesNotHoldYetSaySoInALine() {
        String html = TemplateReports.html(ReportFixtures.bare(Locale.ENGLISH));
        assertThat(html).contains("The opportunity note is not produced yet",
                "The AFOM analysis is not produced yet", "The action programme is not produced yet",
                "The governance recommendation is not produced yet", "The technical partners are not listed yet");
        String md = TemplateReports.markdown(ReportFixtures.bare(Locale.FRENCH));
        assertThat(md).contains("La note d'opportunité n'est pas encore produite",
                "Le programme d'actions n'est pas encore produit");
    }

    /** Kept in target/ so that .ci/render-report can show the sections today's rules leave empty. */
    @Test
    void writesTheFixtureReportForALook() throws java.io.IOException {
        java.nio.file.Path target = java.nio.file.Path.of("target", "fixture-report.html");
        java.nio.file.Files.writeString(target, TemplateReports.html(ReportFixtures.inputs(Locale.FRENCH)));
        assertThat(target).isNotEmptyFile();
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertThat(TemplateReports.html(ReportFixtures.inputs(Locale.FRENCH)))
                .isEqualTo(TemplateReports.html(ReportFixtures.inputs(Locale.FRENCH)));
        assertThat(TemplateReports.markdown(ReportFixtures.inputs(Locale.ENGLISH)))
                .isEqualTo(TemplateReports.markdown(ReportFixtures.inputs(Locale.ENGLISH)));
    }

    @Test
    void theMarkdownReportHoldsTheSameContent() {
        String md = TemplateReports.markdown(ReportFixtures.inputs(Locale.ENGLISH));
        assertThat(md).startsWith("# Parc du Val").contains("## Opportunity note", "**An EIT approach is worth it here.**",
                "### Strengths", "| Priority | Action |", "### S-0001", "ADEME regional office",
                "min(F1 800 t/yr x 0.9, F2 1200 t/yr) = 720 t");
        assertThat(md.indexOf("## Opportunity note")).isLessThan(md.indexOf("## AFOM"));
    }
}
