package org.eit.core.model;

import java.util.List;

/** Where a figure comes from. Estimated figures are for deciding whom to interview, not for presenting gains. */
public enum DataSource implements Vocabulary {
    /** measured: metering, weighbridge, invoices */
    MEASURED("measured", "mesure", "mesuree", "metered", "compteur", "facture", "invoice"),
    /** declared by the actor, e.g. in an interview */
    DECLARED("declared", "declare", "declaree", "entretien", "interview", "questionnaire"),
    /** estimated: ratios, literature, activity code */
    ESTIMATED("estimated", "estime", "estimee", "estimation", "ratio", "litterature", "literature", "hypothese",
            "assumption");

    private final List<String> words;

    DataSource(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
