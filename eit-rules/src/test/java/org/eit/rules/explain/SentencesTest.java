package org.eit.rules.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.eit.core.api.LocalizedText;
import org.eit.core.model.Language;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void deAndQueElideBeforeAVowelOrAMuteH() {
        assertThat(Sentences.de("écorces", Language.FR)).isEqualTo("d'écorces");
        assertThat(Sentences.de("Agrivalor", Language.FR)).isEqualTo("d'Agrivalor");
        assertThat(Sentences.de("hydrogène", Language.FR)).isEqualTo("d'hydrogène");
        assertThat(Sentences.de("houblon", Language.FR)).isEqualTo("de houblon");
        assertThat(Sentences.de("Harbourside Biogas", Language.FR)).isEqualTo("de Harbourside Biogas");
        assertThat(Sentences.de("sciure", Language.FR)).isEqualTo("de sciure");
        assertThat(Sentences.de("12 t", Language.FR)).isEqualTo("de 12 t");
        assertThat(Sentences.que("Agrivalor", Language.FR)).isEqualTo("qu'Agrivalor");
        assertThat(Sentences.de("sawdust", Language.EN)).isEqualTo("of sawdust");
    }

    @Test
    void everyTextPlaceholderHasItsDeForm() {
        LocalizedText sentence = Sentences.render(new LocalizedText("besoin {deDemanded} {deDemandActor}",
                "need for {demanded}"), Map.of("demanded", new LocalizedText("intrants", "inputs"),
                "demandActor", "Harbourside Biogas"));
        assertThat(sentence.fr()).isEqualTo("besoin d'intrants de Harbourside Biogas");
        assertThat(sentence.en()).isEqualTo("need for inputs");
    }

    @Test
    void apostrophesAreLettersAndPluralsFollowTheLanguage() {
        String pattern = "L'offre réunit {count, plural, one {# acteur} other {# acteurs}} d'{zone}";
        assertThat(Sentences.render(pattern, Map.of("count", 1, "zone", "Ambert"), Language.FR))
                .isEqualTo("L'offre réunit 1 acteur d'Ambert");
        assertThat(Sentences.render(pattern, Map.of("count", 0, "zone", "Ambert"), Language.FR))
                .as("French counts 0 as singular").isEqualTo("L'offre réunit 0 acteur d'Ambert");
        assertThat(Sentences.render("{count, plural, one {# actor} other {# actors}}", Map.of("count", 0),
                Language.EN)).isEqualTo("0 actors");
    }

    @Test
    void numbersAmountsAndPhrasesAreWrittenInTheReadersLanguage() {
        Map<String, Object> values = Map.of("q", new Amount(1234.5, "t"), "n", 12345,
                "d", Amount.COMMON.phrase("distance.unknown"));
        assertThat(Sentences.render("{q}, {n}, {d}", values, Language.FR)).isEqualTo("1\u00a0234 t, 12\u00a0345, "
                + "distance inconnue");
        assertThat(Sentences.render("{q}, {n}, {d}", values, Language.EN)).isEqualTo("1,234 t, 12,345, "
                + "unknown distance");
    }

    @Test
    void aPlaceholderWithoutValueStaysAsWritten() {
        assertThat(Sentences.render("Hello {who}", Map.of(), Language.EN)).isEqualTo("Hello {who}");
    }

    @Test
    void unknownPlaceholdersAndBadPatternsAreFound() {
        Set<String> known = Set.of("offered", "count");
        assertThat(Sentences.unknownPlaceholders("{deOffered} {offerd} {count, plural, other {#}}", known))
                .containsExactly("offerd");
        assertThatThrownBy(() -> Sentences.placeholders("{count, plural, other {#}")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void labelsReadInsideASentence() {
        assertThat(Sentences.inSentence(new LocalizedText("Cendres volantes", "Fly ash")))
                .isEqualTo(new LocalizedText("cendres volantes", "fly ash"));
        assertThat(Sentences.inSentence(new LocalizedText("PET usagé", "PET waste")))
                .isEqualTo(new LocalizedText("PET usagé", "PET waste"));
    }

    @Test
    void plainPatternsWrittenByConcatenationReadAsIcuWritesThem() {
        Map<String, Object> values = Map.of("offerActor", "Scierie d'Aval", "demanded", "plaquettes {bois}",
                "count", 1250, "quantity", Amount.of(1250.0, "t"));
        for (String pattern : new String[] {"L'offre de {offerActor} couvre {demanded}.",
                "{offerActor}{demanded}", "{offerActor} : {count} paires",
                "{count, plural, one {une paire} other {# paires}} pour {offerActor}", "{quantity} d'{demanded}",
                "Rien à remplacer", "{missing} et {offerActor}"}) {
            for (Language language : Language.values()) {
                Map<String, Object> args = new java.util.HashMap<>();
                for (String name : Sentences.placeholders(pattern)) {
                    if (values.containsKey(name)) {
                        Object v = values.get(name);
                        args.put(name, v instanceof Amount a ? a.in(language.locale()) : v);
                    }
                }
                String icu = new com.ibm.icu.text.MessageFormat(pattern.replace("'", "''"), language.locale())
                        .format(args).replace('\u202f', '\u00a0').trim();
                assertThat(Sentences.render(pattern, values, language)).as("%s in %s", pattern, language)
                        .isEqualTo(icu);
            }
        }
    }
}
