package org.eit.samples;

import java.util.List;
import java.util.Map;
import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.api.Synergy;
import org.eit.core.geo.GeoPoint;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.DataSource;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.model.Language;
import org.eit.core.model.Territory;
import org.eit.core.unit.FlowQuantity;

/**
 * How an application embeds eit: a territory built in code (a platform would build it from its own database), one
 * engine for the whole application, and the synergies with their explanations.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static Diagnostic run(EitEngine engine) {
        Territory territory = new Territory("Embedding example", Language.EN, "EUR", Map.of(),
                List.of(new Actor("brewery", "Valley Brewery", ActorKind.COMPANY, "11.05Z", 12,
                                new GeoPoint(46.812, 4.601), "Business park"),
                        new Actor("farm", "Hill Farm", ActorKind.FARM, "01.41Z", 3, new GeoPoint(46.834, 4.572),
                                "Village")),
                List.of(new Flow("grain", "brewery", Direction.OFFER, "spent-grain", "wet spent grain",
                                FlowQuantity.perYear(250, "t"), null, 0.0, DataSource.DECLARED, null, false, null, ""),
                        new Flow("feed", "farm", Direction.DEMAND, "animal-feed", "cattle feed",
                                FlowQuantity.perYear(400, "t"), null, 180.0, DataSource.DECLARED, null, false, null,
                                "")));
        return engine.analyze(AnalysisRequest.of(territory));
    }

    public static void main(String[] args) {
        Diagnostic diagnostic = run(Eit.engine().build());
        for (Synergy synergy : diagnostic.synergies()) {
            System.out.println(synergy.id() + "  " + synergy.explanation().en());
        }
    }
}
