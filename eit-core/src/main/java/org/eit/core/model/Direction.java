package org.eit.core.model;

import java.util.List;

/** Whether an actor has a resource to give (offer) or needs one (demand). */
public enum Direction implements Vocabulary {
    /** a surplus: waste, by-product, surplus heat, idle equipment, spare skills */
    OFFER("offer", "offre", "output", "sortant", "sortie", "surplus", "have", "has", "supply", "ressource disponible",
            "disponible"),
    /** a need: raw material, energy, water, a service, equipment */
    DEMAND("demand", "demande", "besoin", "input", "entrant", "entree", "need", "want", "wants");

    private final List<String> words;

    Direction(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
