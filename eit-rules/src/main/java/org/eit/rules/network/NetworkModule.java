package org.eit.rules.network;

import com.google.inject.AbstractModule;
import org.eit.rules.spi.Extensions;
import org.eit.rules.spi.ParameterSpec;
import org.eit.rules.spi.RulePack;

/** The network stage: Chertow's types and 3-2 heuristic, and the radii that tell co-located from local. */
public final class NetworkModule extends AbstractModule {
    @Override
    protected void configure() {
        Extensions.stages(binder()).addBinding().to(NetworkStage.class);
        Extensions.rulePacks(binder()).addBinding().toInstance(
                RulePack.classpath(NetworkStage.NAME, NetworkStage.class, "network.drl").asTrusted());
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.positive(NetworkStage.COLOCATED_RADIUS,
                2, "des partenaires d'une même zone plus proches que ceci sont co-localisés (type 3 de Chertow), en km",
                "partners of one zone closer than this are co-located (Chertow type 3), in km"));
        Extensions.parameters(binder()).addBinding().toInstance(ParameterSpec.positive(NetworkStage.LOCAL_RADIUS,
                15, "des partenaires plus proches que ceci sont locaux (type 4 de Chertow), plus loin régionaux "
                        + "(type 5), en km",
                "partners closer than this are local (Chertow type 4), farther ones regional (type 5), in km"));
        bind(NetworkStage.class);
    }
}
