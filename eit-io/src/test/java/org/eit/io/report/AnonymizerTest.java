package org.eit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eit.core.model.Actor;
import org.junit.jupiter.api.Test;

class AnonymizerTest {
    @Test
    void actorsGetStablePseudonymsInIdOrderAndLoseWhatIdentifiesThem() {
        ReportInputs anonymous = ReportFixtures.inputs(Locale.FRENCH).anonymize();
        assertThat(anonymous.anonymized()).isTrue();
        // Ids sorted: 31234567800011, A2, A3.
        Actor sawmill = anonymous.territory().actors().get(0);
        assertThat(sawmill.id()).isEqualTo("A01");
        assertThat(sawmill.name()).isEqualTo("Entreprise A01");
        assertThat(sawmill.employees()).isNull();
        assertThat(sawmill.location().latitude()).isEqualTo(46.50);
        assertThat(sawmill.location().longitude()).isEqualTo(3.20);
        assertThat(anonymous.territory().actors().get(1).name()).isEqualTo("Régie A02");
        assertThat(anonymous.territory().flows().get(0).actorId()).isEqualTo("A01");
        assertThat(anonymous.territory().flows().get(0).description()).isEqualTo("sciure de Entreprise A01");
        // Bilingual texts take each language's words.
        var explanation = anonymous.diagnostic().synergies().get(0).explanation();
        assertThat(explanation.fr()).isEqualTo("Entreprise A01 dispose de 800 t de sciure pour Régie A02.");
        assertThat(explanation.en()).isEqualTo("Firm A01 has 800 t of sawdust for Utility A02.");
        assertThat(anonymous.diagnostic().synergies().get(0).actors()).containsExactly("A01", "A02");
        assertThat(anonymous.diagnostic().opportunity().volunteers()).containsExactly("A02", "A01");
        assertThat(anonymous.diagnostic().actions().get(0).lead()).isEqualTo("A02");
        assertThat(anonymous.diagnostic().toClassify().get(0).text()).isEqualTo("bidule de Exploitation A03");
        // The same territory, the same pseudonyms.
        assertThat(ReportFixtures.inputs(Locale.FRENCH).anonymize().territory())
                .isEqualTo(anonymous.territory());
    }

    @Test
    void noOutputNamesAnActorOrItsSiret() {
        ReportInputs anonymous = ReportFixtures.inputs(Locale.ENGLISH).anonymize();
        StringBuilder all = new StringBuilder();
        all.append(TemplateReports.html(anonymous)).append(TemplateReports.markdown(anonymous))
                .append(DiagnosticJson.write(anonymous)).append(GeoJsonMap.write(anonymous));
        CsvTables.write(anonymous, CsvStyle.EN).values().forEach(b -> all.append(new String(b,
                java.nio.charset.StandardCharsets.UTF_8)));
        String text = all.toString();
        for (String name : new String[] {"Scierie", "Dupont", "Chaufferie", "GAEC des Prés", "31234567800011"}) {
            assertThat(text).as(name).doesNotContain(name);
        }
        assertThat(text).contains("Firm A01", "Utility A02", "\"anonymized\" : true");
    }
}
