package org.eit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.eit.io.version.DiagnosticDiff;
import org.junit.jupiter.api.Test;

/**
 * The reports' section "What changed since V1": the fixture's diagnostic (V2) against an earlier version made from
 * it by hand, with one synergy more, one less and one of another quantity, a lower net gain, an AFOM item and an
 * action fewer and an action since dropped.
 */
class ReportChangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** V1: what the fixture's diagnostic.json would have been some months before. */
    private static DiagnosticDiff.Version earlier(Locale locale) throws Exception {
        ObjectNode v1 = (ObjectNode) JSON.readTree(DiagnosticJson.write(ReportFixtures.inputs(locale)));
        ArrayNode synergies = (ArrayNode) v1.get("synergies");
        ObjectNode gone = synergies.get(0).deepCopy();
        gone.put("id", "S-0099");
        for (int i = synergies.size() - 1; i >= 0; i--) {
            if (synergies.get(i).path("id").asText().equals("P-0002")) {
                synergies.remove(i);
            }
        }
        ((ObjectNode) synergies.get(0)).put("quantity", 500.0);
        synergies.add(gone);
        ObjectNode net = (ObjectNode) v1.path("gains").path("economic").path("net");
        net.put("central", 41000.0);
        ArrayNode afom = (ArrayNode) v1.get("afom");
        afom.remove(afom.size() - 1);
        ArrayNode actions = (ArrayNode) v1.get("actions");
        ObjectNode old = actions.get(0).deepCopy();
        old.put("id", "action:old");
        old.set("title", JSON.createObjectNode().put("fr", "Ancienne action").put("en", "Former action"));
        actions.remove(actions.size() - 1);
        actions.add(old);
        return new DiagnosticDiff.Version("V1", v1);
    }

    @Test
    void theHtmlReportSaysWhatChangedSinceV1WithTheCounts() throws Exception {
        ReportInputs inputs = ReportFixtures.inputs(Locale.FRENCH).comparedWith(earlier(Locale.FRENCH), "V2");
        String html = TemplateReports.html(inputs);
        assertThat(html).contains("<li><a href=\"#changes\">Ce qui a changé depuis V1</a></li>",
                "<section id=\"changes\">", "<h2>Ce qui a changé depuis V1</h2>",
                "Synergies : 2 dans V1, 2 dans V2 : 1 nouvelle, 1 abandonnée, 1 modifiée, 0 inchangée.",
                "<div class=\"value\">1</div><div class=\"label\">nouvelles synergies</div>",
                "<div class=\"value\">0</div><div class=\"label\">synergies inchangées</div>",
                "Nouvelles synergies <span class=\"badge\">1</span>",
                "Synergies abandonnées <span class=\"badge\">1</span>",
                // The names are escaped; the change says what moved.
                "<li>S-0099 substitution : Sciure de bois → Plaquettes forestières, Scierie &lt;Dupont&gt; &amp; Fils",
                "quantité : 500 t → 720 t",
                // The net gain's totals: 41 000 then 42 000 central, the low and high unchanged.
                "<td>Gain net</td><td>EUR/an</td><td class=\"num muted\">30 000</td><td class=\"num muted\">41 000</td>",
                "<td class=\"num\">=</td><td class=\"num strong\">+1 000</td><td class=\"num\">=</td>",
                "Éléments AFOM <span class=\"badge\">1</span>", "<span class=\"status status-new\">nouveau</span> Menace",
                "<span class=\"status status-dropped\">retiré</span> Ancienne action",
                "<span class=\"status status-new\">nouveau</span> Club d&#39;entreprises");
        assertThat(html.indexOf("id=\"changes\"")).isGreaterThan(html.indexOf("id=\"opportunity\""))
                .isLessThan(html.indexOf("id=\"map\""));
        assertThat(html).doesNotContain("<Dupont>").doesNotContainPattern("report\\.changes[a-z.-]*");
        assertThat(TemplateReports.html(inputs)).as("deterministic").isEqualTo(html);
    }

    @Test
    void theMarkdownReportHasTheSameSectionAndEnglishToo() throws Exception {
        ReportInputs inputs = ReportFixtures.inputs(Locale.ENGLISH).comparedWith(earlier(Locale.ENGLISH), null);
        String md = TemplateReports.markdown(inputs);
        assertThat(md).contains("## What changed since V1", "Synergies: 2 in V1, 2 in this diagnostic: 1 new, "
                + "1 dropped, 1 changed, 0 unchanged.", "### New synergies (1)", "### Dropped synergies (1)",
                "- S-0099 substitution: Sawdust", "Scierie \\<Dupont\\> \\& Fils", "| Net gain | EUR/yr | 30,000 | "
                + "41,000 | 51,000 | 30,000 | **42,000** | 51,000 | = | **+1,000** | = |", "- *dropped* Former action");
        assertThat(md.indexOf("## What changed since V1")).isLessThan(md.indexOf("## AFOM"));
        String html = TemplateReports.html(inputs);
        assertThat(html).contains("<h2>What changed since V1</h2>");
    }

    @Test
    void withoutAnEarlierVersionOrUnderPseudonymsThereIsNoSuchSection() throws Exception {
        assertThat(TemplateReports.html(ReportFixtures.inputs(Locale.FRENCH))).doesNotContain("id=\"changes\"",
                "Ce qui a changé");
        ReportInputs compared = ReportFixtures.inputs(Locale.FRENCH).comparedWith(earlier(Locale.FRENCH), "V2");
        assertThat(compared.anonymize().changes()).as("the comparison names the actors").isNull();
        assertThat(TemplateReports.markdown(ReportFixtures.inputs(Locale.FRENCH))).doesNotContain("Ce qui a changé");
    }
}
