package example;

import org.eit.core.api.AnalysisRequest;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.model.Actor;
import org.eit.core.model.ActorKind;
import org.eit.core.model.Flow;
import org.eit.core.model.Language;
import org.eit.core.model.Territory;

/** Builds a territory in code, as a platform would from its own database, and analyses it. */
public final class AnalyseInCode {
    public static Diagnostic run() {
        Territory territory = Territory.builder("Valley business park").language(Language.EN)
                .actor(Actor.builder("brewery", "Valley Brewery", ActorKind.COMPANY).location(46.812, 4.601).build())
                .actor(Actor.builder("farm", "Hill Farm", ActorKind.FARM).location(46.834, 4.572).build())
                .flow(Flow.offer("grain", "brewery", "spent-grain").perYear(250, "t").build())
                .flow(Flow.demand("feed", "farm", "animal-feed").perYear(400, "t").costPerUnit(180).build())
                .build();
        return Eit.engine().build().analyze(AnalysisRequest.of(territory));
    }

    public static void main(String[] args) {
        run().synergies().forEach(s -> System.out.println(s.explanation().en()));
    }
}
