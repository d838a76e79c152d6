package org.eit.rules.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eit.core.api.NetworkAssessment;
import org.eit.core.model.Actor;
import org.eit.rules.explain.Sentences;
import org.eit.rules.facts.Finding;
import org.eit.rules.spi.Results;
import org.eit.rules.spi.Stage;
import org.eit.rules.spi.StageContext;

/**
 * The synergies as a network ({@code network.drl}): Chertow's exchange type of each synergy and the territory
 * against Chertow's 3-2 heuristic. Publishes {@link Results#CHERTOW_TYPES} and {@link Results#NETWORK}.
 */
public final class NetworkStage implements Stage {
    public static final String NAME = "network";
    public static final String COLOCATED_RADIUS = "network.colocated-radius-km";
    public static final String LOCAL_RADIUS = "network.local-radius-km";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Set<String> placeholders() {
        return Set.of("met", "entities", "resources");
    }

    @Override
    public Set<String> findingFunctions() {
        return Set.of("assessment");
    }

    @Override
    public Set<Class<?>> factTypes() {
        return Set.of(Finding.class, Participation.class, NetworkSettings.class, ChertowType.class,
                NetworkResult.class, Network.class);
    }

    @Override
    public void run(StageContext context) {
        // The network the territory would have: the retained synergies, or every finding without an allocation.
        // Estimated flows are hypotheses: the network is judged on declared data only.
        List<Finding> findings = context.find(Results.RETAINED).or(() -> context.find(Results.FINDINGS))
                .orElse(List.of()).stream().filter(f -> !f.estimated()).toList();
        Map<String, Actor> actors = context.territory().actorsById();
        List<Object> facts = new ArrayList<>();
        facts.add(new NetworkSettings(context.parameters().number(COLOCATED_RADIUS),
                context.parameters().number(LOCAL_RADIUS)));
        for (Finding finding : findings) {
            facts.add(finding);
            if (!finding.internal()) {
                for (String actor : finding.actors()) {
                    facts.add(new Participation(finding.key(), finding.kind(), actor, actors.get(actor).kind()));
                }
            }
        }
        Map<String, Integer> types = new HashMap<>();
        NetworkAssessment assessment = null;
        for (Object result : context.fire(facts, List.of(ChertowType.class, NetworkResult.class))) {
            if (result instanceof ChertowType type) {
                types.merge(type.finding(), type.type(), Math::max);
            } else if (result instanceof NetworkResult network) {
                assessment = new NetworkAssessment(network.rule(), network.met(), network.entities(),
                        network.resources(), Sentences.render(network.template(), network.vars()));
            }
        }
        context.put(Results.CHERTOW_TYPES, Map.copyOf(types));
        if (assessment != null) {
            context.put(Results.NETWORK, assessment);
        }
    }
}
