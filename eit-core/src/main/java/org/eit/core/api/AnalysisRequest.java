package org.eit.core.api;

import java.util.List;
import java.util.Objects;
import org.eit.core.model.Territory;
import org.eit.core.resource.ResourceTaxonomy;

/**
 * What to analyse: a territory, the taxonomy its flows were resolved against, and the territory's own rule files and
 * knowledge tables (empty for the shipped ones only).
 *
 * @param territory the actors and flows
 * @param taxonomy  the resource taxonomy in force
 * @param rules     extra rule files (DRL), compiled with the shipped rule packs
 * @param knowledge knowledge tables that override the shipped ones, by file name ({@code substitutions.csv}...)
 */
public record AnalysisRequest(Territory territory, ResourceTaxonomy taxonomy, List<SourceFile> rules,
                              List<SourceFile> knowledge) {

    public AnalysisRequest {
        Objects.requireNonNull(territory, "AnalysisRequest.territory");
        Objects.requireNonNull(taxonomy, "AnalysisRequest.taxonomy");
        rules = List.copyOf(rules);
        knowledge = List.copyOf(knowledge);
    }

    /** A territory with the shipped taxonomy, rules and knowledge. */
    public static AnalysisRequest of(Territory territory) {
        return new AnalysisRequest(territory, ResourceTaxonomy.shipped(), List.of(), List.of());
    }
}
