package org.eit.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.junit.jupiter.api.Test;

class ResourceTaxonomyTest {
    private static final ResourceTaxonomy SHIPPED = ResourceTaxonomy.shipped();

    @Test
    void theShippedTaxonomyCoversTheFamiliesOfIndustrialSymbiosis() {
        assertThat(SHIPPED.size()).isGreaterThanOrEqualTo(450);
        for (String family : new String[] {"mineral-waste", "slag", "gypsum-waste", "metal-waste", "plastic-waste",
            "mining-waste", "chemical-gypsum", "pulp-mill-residues", "distillery-residues", "spent-catalysts",
            "healthcare-waste", "acids", "alkalis", "salts", "metal-oxides", "sulphur-compounds", "industrial-minerals",
            "agri-food-products", "heat-network", "shared-utilities",
            "paper-cardboard-waste", "wood-waste", "organic-waste", "food-by-products", "industrial-chemicals",
            "industrial-gases", "waste-oils-solvents", "construction-waste", "sludge", "heat", "steam",
            "electricity", "fuels", "water", "waste-collection", "group-purchasing", "security", "catering",
            "childcare", "training", "mobility", "shared-equipment", "storage", "land", "staff"}) {
            assertThat(SHIPPED.contains(family)).as(family).isTrue();
        }
        for (ResourceKind kind : ResourceKind.values()) {
            assertThat(SHIPPED.all().stream().filter(r -> r.kind() == kind)).as(kind.id()).isNotEmpty();
        }
    }

    @Test
    void everyResourceHasBothLabelsAndHeatComesByTemperatureLevel() {
        Set<String> labels = new HashSet<>();
        for (Resource resource : SHIPPED.all()) {
            assertThat(resource.labelFr()).isNotBlank();
            assertThat(resource.labelEn()).isNotBlank();
            assertThat(labels.add(resource.labelEn().toLowerCase())).as("English label %s", resource.labelEn())
                    .isTrue();
        }
        assertThat(SHIPPED.children("waste-heat")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyResourceHasSynonymsInBothLanguages() {
        for (Resource resource : SHIPPED.all()) {
            assertThat(resource.synonymsFr()).as("French synonyms of %s", resource.id()).isNotEmpty();
            assertThat(resource.synonymsEn()).as("English synonyms of %s", resource.id()).isNotEmpty();
        }
    }

    @Test
    void aHeatNetworkCanSupplyAndBuyHeat() {
        assertThat(SHIPPED.isA("heat-network", "heat")).isTrue();
        assertThat(SHIPPED.children("heat-network")).contains("district-heating-supply", "district-heating-return");
    }

    @Test
    void knowsTheHierarchy() {
        assertThat(SHIPPED.isA("sawdust", "wood-waste")).isTrue();
        assertThat(SHIPPED.isA("sawdust", "sawdust")).isTrue();
        assertThat(SHIPPED.isA("wood-waste", "sawdust")).isFalse();
        assertThat(SHIPPED.ancestors("fly-ash")).containsExactly("ash", "mineral-waste");
        assertThat(SHIPPED.root("fly-ash")).isEqualTo("mineral-waste");
        assertThat(SHIPPED.descendants("ash")).contains("fly-ash", "incinerator-bottom-ash");
        assertThat(SHIPPED.byWasteCode("10 01 05")).extracting(Resource::id).containsExactly("fgd-gypsum");
    }

    @Test
    void hazardComesFromTheListOfWaste() {
        assertThat(SHIPPED.get("used-mineral-oil").hazardous()).isTrue();
        assertThat(SHIPPED.get("treated-wood").hazardous()).isTrue();
        assertThat(SHIPPED.get("sawdust").hazardous()).isFalse();
        assertThat(SHIPPED.get("electricity").hazardous()).isFalse();
    }

    @Test
    void aWorkspaceOverrideReplacesAndAddsRows() {
        String csv = """
                id;parent;kind;label_fr;label_en;synonyms_fr;synonyms_en;waste_codes;unit
                sawdust;wood-waste;waste;Sciure;Sawdust;sciure de hêtre;beech sawdust;03 01 05;t
                hemp-shives;crop-residues;waste;Chènevotte;Hemp shives;;;;t
                """;
        Problems problems = new Problems();
        ResourceTaxonomy taxonomy = SHIPPED.withOverrides("knowledge/resources.csv",
                csv.getBytes(StandardCharsets.UTF_8), problems);
        assertThat(problems.isEmpty()).as(problems.format(java.util.Locale.ENGLISH)).isTrue();
        assertThat(taxonomy.size()).isEqualTo(SHIPPED.size() + 1);
        assertThat(taxonomy.get("sawdust").synonymsFr()).containsExactly("sciure de hêtre");
        assertThat(taxonomy.isA("hemp-shives", "organic-waste")).isTrue();
        assertThat(SHIPPED.get("sawdust").synonymsFr()).isNotEqualTo(taxonomy.get("sawdust").synonymsFr());
    }

    @Test
    void anOverrideWithMistakesReportsEachWithItsLineAndKeepsTheRest() {
        String csv = """
                id,parent,kind,label_fr,label_en,synonyms_fr,synonyms_en,waste_codes,unit
                Bad Id,,waste,X,X,,,,t
                orphan,no-such-parent,waste,Orphelin,Orphan,,,,t
                weird,,mineral,Bizarre,Weird,,,,t
                coded,,waste,Codé,Coded,,,99 99 99,t
                mixed,,waste,Mélange,Mixed,,,17 05 03|17 05 04,t
                unitless,,waste,Sans unité,Unitless,,,,bananas
                fine,,waste,Correct,Fine,,,,t
                """;
        Problems problems = new Problems();
        ResourceTaxonomy taxonomy = SHIPPED.withOverrides("knowledge/resources.csv",
                csv.getBytes(StandardCharsets.UTF_8), problems);
        assertThat(problems.sorted()).extracting(Problem::line, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "resource.bad-id"),
                org.assertj.core.groups.Tuple.tuple(3, "resource.unknown-parent"),
                org.assertj.core.groups.Tuple.tuple(4, "resource.bad-kind"),
                org.assertj.core.groups.Tuple.tuple(5, "waste-code.unknown"),
                org.assertj.core.groups.Tuple.tuple(6, "resource.mixed-hazard"),
                org.assertj.core.groups.Tuple.tuple(7, "unit.unknown"));
        assertThat(problems.sorted().get(1).toString())
                .isEqualTo("knowledge/resources.csv:3: error: parent = 'no-such-parent': the parent resource does "
                        + "not exist");
        assertThat(taxonomy.contains("fine")).isTrue();
        assertThat(taxonomy.contains("orphan")).isFalse();
    }
}
