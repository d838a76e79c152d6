package org.eit.core.model;

import java.util.List;

/** What sort of organisation an actor is. */
public enum ActorKind implements Vocabulary {
    COMPANY("company", "entreprise", "societe", "firm", "business", "etablissement", "industriel", "industry"),
    PUBLIC_BODY("public-body", "collectivite", "organisme public", "public", "commune", "mairie",
            "intercommunalite", "epci", "administration", "local authority", "public authority"),
    FARM("farm", "exploitation agricole", "ferme", "agriculteur", "exploitation", "agricultural holding"),
    ASSOCIATION("association", "asso", "ngo", "ong", "non-profit", "charity"),
    UTILITY("utility", "regie", "service public", "syndicat", "operateur de reseau", "network operator"),
    WASTE_OPERATOR("waste-operator", "operateur dechets", "operateur de dechets", "collecteur", "recycleur",
            "recycler", "waste company", "gestionnaire de dechets"),
    PARTNER("partner", "partenaire", "institution", "chambre consulaire", "cci", "cma", "chambre d'agriculture",
            "agence", "agency", "expert");

    private final List<String> words;

    ActorKind(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
