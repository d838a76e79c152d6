package org.eit.core.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a retained synergy (or the whole territory) gains a year: economic, environmental and social figures, each a
 * range with its trace, and what could not be valued and why.
 *
 * @param economic      avoided purchase and disposal, costs of transport, preparation and transaction, pooling
 *                      savings, and the net result (in the territory's currency a year)
 * @param environmental tonnes diverted from disposal, virgin material, water and energy saved, greenhouse gases
 *                      avoided
 * @param social        jobs created or kept (FTE) and actors involved
 * @param uneconomic    true when the synergy's costs exceed its savings (central net below zero): kept and shown,
 *                      not hidden
 * @param notes         what was left out and why (a price not known, a quantity not sized...)
 */
public record Gains(List<GainFigure> economic, List<GainFigure> environmental, List<GainFigure> social,
                    boolean uneconomic, List<LocalizedText> notes) {
    public static final Gains NONE = new Gains(List.of(), List.of(), List.of(), false, List.of());

    public Gains {
        economic = List.copyOf(economic);
        environmental = List.copyOf(environmental);
        social = List.copyOf(social);
        notes = List.copyOf(notes);
    }

    /** The figure of this name, in any of the three kinds. */
    public Optional<GainFigure> find(String name) {
        return Stream.of(economic, environmental, social).flatMap(List::stream).filter(f -> f.name().equals(name))
                .findFirst();
    }
}
