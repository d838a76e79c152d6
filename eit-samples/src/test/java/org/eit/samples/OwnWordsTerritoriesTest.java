package org.eit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eit.core.internal.resource.ResourceResolver;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.resource.Resolution;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;

/**
 * Two territories whose actors describe every flow in their own words, as an interview produces them
 * ({@code src/test/resources/own-words/fr} and {@code .../en}): no flow names its resource, the shipped resolver
 * reads every description. The tables below say what each description must resolve to, and which lines stay
 * unclear for a person to decide (an empty id).
 */
class OwnWordsTerritoriesTest {
    private static final ResourceResolver RESOLVER = new ResourceResolver(ResourceTaxonomy.shipped());

    private static final Map<String, String> FRENCH = table(
            "F01", "whey", "F02", "steam", "F03", "heat-medium-temperature",
            // "laiterie" and "petite" also read as "petit-lait": the sludge of a dairy or its whey
            "F04", "",
            "F05", "sawdust", "F06", "bark", "F07", "heat",
            // "drêches" is a name, but "humides après brassage" weighs against it: one name scores, not the sum
            // of the resource's names (its "résidus de brassage")
            "F08", "",
            "F09", "co2",
            "F10", "process-water", "F11", "brewers-yeast",
            // "des matières": anything that can be digested, for a person to say which
            "F12", "",
            // the heat of an engine in summer: waste heat, or the service of producing it
            "F14", "",
            "F13", "digestate", "F15", "heat-network", "F16", "irrigation-water", "F17", "wastewater-treatment",
            "F18", "green-waste", "F19", "used-mineral-oil", "F20", "end-of-life-tyres",
            // the need is someone to take the rags away; the resolver names the rags, not the collection
            "F21", "soiled-absorbents",
            "F22", "grain-screenings", "F23", "mineral-fertilisers", "F24", "sulphur", "F25", "foundry-sand",
            "F26", "metal-swarf", "F27", "hydrochloric-acid", "F28", "used-containers",
            "F29", "infectious-healthcare-waste", "F30", "laundry-services",
            // cardboard, or shared deliveries of the pharmacy
            "F31", "",
            "F32", "wood-pallets", "F33", "plastic-film",
            // deliberately vague
            "F34", "", "F35", "",
            "F36", "renewable-electricity");

    private static final Map<String, String> ENGLISH = table(
            "E01", "spent-grain", "E02", "co2", "E03", "steam", "E04", "heat-medium-temperature", "E05", "whey",
            "E06", "sludge", "E07", "wastewater-treatment", "E08", "waste-heat", "E09", "soda-ash",
            "E10", "glass-cullet", "E11", "wood-pallets", "E12", "heat-network", "E13", "district-heating-return",
            "E14", "bottom-ash", "E15", "wood-fuel-chips",
            // regrind and sprues are two things; the polymer in brackets places them
            "E16", "rigid-plastics",
            "E17", "compressed-air", "E18", "cooling-water", "E19", "used-big-bags", "E20", "spent-acids",
            "E21", "caustic-soda", "E22", "hazardous-industrial-sludge", "E23", "nickel-metal",
            "E24", "healthcare-waste", "E25", "laundry-services",
            // "IT kit" is not a name the taxonomy knows
            "E26", "",
            "E27", "co2", "E28", "heat-low-temperature", "E29", "green-waste", "E30", "plastic-film",
            "E31", "forklift",
            // deliberately vague: a collection service or the waste itself
            "E32", "",
            "E33", "washing-water",
            // street sweepings have no resource yet
            "E34", "",
            "E35", "sodium-chloride",
            // deliberately vague
            "E36", "");

    @Test
    void everyFrenchDescriptionResolvesAsExpected() throws Exception {
        assertResolves("fr", FRENCH);
    }

    @Test
    void everyEnglishDescriptionResolvesAsExpected() throws Exception {
        assertResolves("en", ENGLISH);
    }

    @Test
    void theWorkspacesReadToTheEndAndOnlyTheUnclearLinesAreReported() throws Exception {
        for (Map.Entry<String, Map<String, String>> territory : Map.of("fr", FRENCH, "en", ENGLISH).entrySet()) {
            Workspace workspace = new WorkspaceReader().read(folder(territory.getKey()));
            Map<Integer, String> lineToFlow = lineToFlow(territory.getKey());
            assertThat(workspace.problems()).as("unclear lines are warnings: they never stop the study")
                    .noneMatch(Problem::isError);
            Set<String> reported = workspace.problems().stream()
                    .map(p -> lineToFlow.getOrDefault(p.line(), p.file() + ":" + p.line() + " " + p.code()))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> unclear = territory.getValue().entrySet().stream().filter(e -> e.getValue().isEmpty())
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            assertThat(reported).as("%s: flows set aside to classify", territory.getKey()).isEqualTo(unclear);
            assertThat(workspace.problems()).as("%s: only the resource of unclear lines is questioned",
                    territory.getKey()).allSatisfy(p -> assertThat(p.field()).isEqualTo("description"));
        }
    }

    private static void assertResolves(String language, Map<String, String> expected) throws Exception {
        Map<String, String> descriptions = descriptions(language);
        assertThat(descriptions).hasSizeGreaterThanOrEqualTo(30);
        assertThat(descriptions.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        int resolved = 0;
        for (Map.Entry<String, String> flow : descriptions.entrySet()) {
            Resolution resolution = RESOLVER.resolve(flow.getValue());
            String want = expected.get(flow.getKey());
            if (want.isEmpty()) {
                assertThat(resolution.isResolved()).as("%s '%s' must stay unclear: %s", flow.getKey(),
                        flow.getValue(), resolution).isFalse();
                assertThat(resolution.candidates()).as("%s '%s' lists candidates", flow.getKey(), flow.getValue())
                        .isNotEmpty();
            } else {
                assertThat(resolution.resourceId()).as("%s '%s': %s", flow.getKey(), flow.getValue(), resolution)
                        .isEqualTo(want);
                resolved++;
            }
        }
        System.out.printf("own words (%s): %d of %d descriptions resolved, %d left for a person%n", language,
                resolved, descriptions.size(), descriptions.size() - resolved);
    }

    private static Map<String, String> descriptions(String language) throws IOException, URISyntaxException {
        Map<String, String> out = new LinkedHashMap<>();
        for (CsvTable.Row row : flows(language).rows()) {
            out.put(row.getOrEmpty("id"), row.getOrEmpty("description"));
        }
        return out;
    }

    private static Map<Integer, String> lineToFlow(String language) throws IOException, URISyntaxException {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (CsvTable.Row row : flows(language).rows()) {
            out.put(row.line(), row.getOrEmpty("id"));
        }
        return out;
    }

    private static CsvTable flows(String language) throws IOException, URISyntaxException {
        Problems problems = new Problems();
        CsvTable table = CsvTable.read(WorkspaceReader.FLOWS_FILE,
                Files.readAllBytes(folder(language).resolve(WorkspaceReader.FLOWS_FILE)), problems);
        problems.throwIfErrors();
        return table;
    }

    private static Path folder(String language) throws URISyntaxException {
        return Path.of(OwnWordsTerritoriesTest.class.getResource("/own-words/" + language).toURI());
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** One unclear line never stops a study: both territories analyse, and the unclear lines are listed. */
    @org.junit.jupiter.api.Test
    void bothTerritoriesRunToTheEndWithTheirUnclearLinesListed() throws java.net.URISyntaxException {
        org.eit.core.api.EitEngine engine = org.eit.core.api.Eit.engine().build();
        for (String language : new String[] {"fr", "en"}) {
            java.nio.file.Path folder = java.nio.file.Path.of(OwnWordsTerritoriesTest.class
                    .getResource("/own-words/" + language).toURI());
            org.eit.io.workspace.Workspace workspace = new org.eit.io.workspace.WorkspaceReader(engine.taxonomy())
                    .read(folder);
            assertThat(workspace.isValid()).as("%s: %s", language, workspace.problems()).isTrue();
            Map<String, String> expected = language.equals("fr") ? FRENCH : ENGLISH;
            java.util.List<String> unclear = expected.entrySet().stream().filter(e -> e.getValue().isEmpty())
                    .map(Map.Entry::getKey).sorted().toList();
            org.eit.core.api.Diagnostic diagnostic = engine.analyze(workspace.request());
            assertThat(diagnostic.toClassify()).extracting(org.eit.core.model.FlowToClassify::id)
                    .as(language).containsExactlyElementsOf(unclear);
            assertThat(diagnostic.synergies()).as("%s still finds its synergies", language).isNotEmpty();
            assertThat(workspace.strict().isValid()).as("--strict refuses them").isFalse();
        }
    }
}
