package org.eit.rules.detection.feasibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eit.core.internal.text.Text;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.detection.Candidate;
import org.eit.rules.facts.FlowFact;

/**
 * The feasibility tables as the rules of {@code feasibility.drl} look them up: each lookup returns the most
 * specific row (the resource's own row before its family's; a named species before {@code *}), or null when no
 * row applies. One fact per analysis.
 */
public final class FeasibilityTables {
    private final ResourceTaxonomy taxonomy;
    private final Map<String, AbpUse> uses = new HashMap<>();
    private final Map<String, AbpDefault> defaults = new HashMap<>();
    private final Map<String, List<FeedRule>> feedRules = new HashMap<>();
    private final Map<String, OrganicInput> organic = new HashMap<>();
    private final Map<String, String> species = new HashMap<>();

    public FeasibilityTables(List<AbpUse> uses, List<AbpDefault> defaults, List<FeedRule> feedRules,
                             List<OrganicInput> organic, List<SpeciesName> species, ResourceTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        uses.forEach(u -> this.uses.put(u.category() + "|" + u.outlet(), u));
        defaults.forEach(d -> this.defaults.put(d.resource(), d));
        feedRules.forEach(f -> this.feedRules.computeIfAbsent(f.resource(), r -> new java.util.ArrayList<>()).add(f));
        organic.forEach(o -> this.organic.put(o.resource() + "|" + o.outlet(), o));
        species.forEach(s -> this.species.put(s.name(), s.group()));
    }

    /** The usual animal by-product category of {@code resource}: its own row, else its nearest family's; or null. */
    public AbpDefault abpDefault(String resource) {
        for (String family : lineage(resource)) {
            AbpDefault row = defaults.get(family);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** What by-products of {@code category} may become when used for {@code outlet}, or null. */
    public AbpUse abpUse(Integer category, String outlet) {
        return category == null || outlet == null ? null : uses.get(category + "|" + outlet);
    }

    /** The group of a species word ({@code vache}: ruminant), or null when {@code species.csv} does not know it. */
    public String speciesGroup(String word) {
        if (word == null) {
            return null;
        }
        String folded = Text.fold(word).trim().replace(' ', '-');
        String group = species.get(folded);
        // Plurals are written as they come: "poulets", "chevaux".
        if (group == null && (folded.endsWith("s") || folded.endsWith("x"))) {
            group = species.get(folded.substring(0, folded.length() - 1));
        }
        if (group == null && folded.endsWith("aux")) {
            group = species.get(folded.substring(0, folded.length() - 3) + "al");
        }
        return group;
    }

    /** Whether any feed rule concerns the offered resource (an animal-derived material). */
    public boolean feedRulesApply(Candidate candidate) {
        return lineage(candidate.getOffer().getResource()).stream().anyMatch(feedRules::containsKey);
    }

    /**
     * The feed rule for the pair: the offered material, its animals of origin and the animals fed; the most
     * specific row that matches, or null. When a side does not say its species, the row holds only if every species
     * it could be gets the same verdict from the table (banned for all, or allowed for all); otherwise the table
     * cannot decide and the pair carries the question ({@link #feedUndecided}).
     */
    public FeedRule feedRule(Candidate candidate) {
        String origin = candidate.getOffer().getSpeciesGroup();
        String fed = candidate.getDemand().getSpeciesGroup();
        List<String> lineage = lineage(candidate.getOffer().getResource());
        FeedRule row = best(lineage, origin, fed);
        if (row == null || origin != null && fed != null) {
            return row;
        }
        boolean refused = row.permission().isRefused();
        for (String o : origin == null ? SpeciesTable.GROUPS : List.of(origin)) {
            for (String f : fed == null ? SpeciesTable.GROUPS : List.of(fed)) {
                FeedRule possible = best(lineage, o, f);
                if (possible != null && possible.permission().isRefused() != refused) {
                    return null;
                }
            }
        }
        return row;
    }

    /** Whether feed rules concern the pair but cannot decide until a side says its species. */
    public boolean feedUndecided(Candidate candidate) {
        return feedRulesApply(candidate) && feedRule(candidate) == null;
    }

    private FeedRule best(List<String> lineage, String origin, String fed) {
        FeedRule best = null;
        int bestScore = -1;
        for (int i = 0; i < lineage.size(); i++) {
            for (FeedRule rule : feedRules.getOrDefault(lineage.get(i), List.of())) {
                boolean originFits = rule.origin().equals(FeedRule.ANY) || rule.origin().equals(origin);
                boolean fedFits = rule.fed().equals(FeedRule.ANY) || rule.fed().equals(fed);
                int score = rule.specificity(lineage.size() - i);
                if (originFits && fedFits && score > bestScore) {
                    best = rule;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** What a certified organic farm may do with the offered resource for the demand's use, or null. */
    public OrganicInput organicInput(Candidate candidate) {
        String outlet = candidate.getAccepts().outlet();
        for (String family : lineage(candidate.getOffer().getResource())) {
            OrganicInput row = organic.get(family + "|" + outlet);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    private List<String> lineage(String resource) {
        List<String> lineage = new java.util.ArrayList<>();
        lineage.add(resource);
        lineage.addAll(taxonomy.ancestors(resource));
        return lineage;
    }
}
