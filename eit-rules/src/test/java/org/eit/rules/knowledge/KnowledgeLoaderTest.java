package org.eit.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eit.core.api.SourceFile;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.rules.compatibility.ReachRow;
import org.eit.rules.compatibility.ReachTable;
import org.junit.jupiter.api.Test;

class KnowledgeLoaderTest {
    private static final ResourceTaxonomy TAXONOMY = ResourceTaxonomy.shipped();

    private static List<ReachRow> reaches(List<KnowledgeRows> plugin, List<SourceFile> territory, Problems problems) {
        return new KnowledgeLoader(List.of(ReachTable.TABLE), plugin).load(TAXONOMY, territory, problems)
                .rows(ReachTable.TABLE);
    }

    private static ReachRow row(List<ReachRow> rows, String family, String mode) {
        return rows.stream().filter(r -> r.family().equals(family) && r.mode().equals(mode)).findFirst().orElse(null);
    }

    @Test
    void pluginRowsThenTheTerritorysReplaceAddAndRemoveByKey() {
        int shipped = reaches(List.of(), List.of(), new Problems()).size();
        KnowledgeRows plugin = new KnowledgeRows("reaches.csv", new SourceFile("plugin/reaches.csv",
                "family,mode,max_km,source\nwood-waste,truck,77,plugin\nsawdust,local,3,plugin\n"));
        SourceFile territory = new SourceFile("knowledge/reaches.csv",
                "family,mode,max_km,source,active\nwood-waste,truck,88,territory,true\nsawdust,local,3,x,false\n");
        Problems problems = new Problems();
        List<ReachRow> rows = reaches(List.of(plugin), List.of(territory), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(row(rows, "wood-waste", "truck").maxKm()).isEqualTo(88);
        assertThat(row(rows, "sawdust", "local")).as("added by the plugin, removed by the territory").isNull();
        assertThat(rows).hasSize(shipped);
    }

    @Test
    void everyBadRowIsReportedWithFileLineAndColumnAndUnknownTablesAreWarnings() {
        Problems problems = new Problems();
        reaches(List.of(), List.of(new SourceFile("knowledge/reaches.csv",
                        "family,mode,max_km,source\nunobtainium,boat,-2,x\nsawdust,truck,5,x\nsawdust,truck,6,x\n"),
                new SourceFile("knowledge/colours.csv", "a\n1\n")), problems);
        assertThat(problems.sorted()).extracting(p -> p.format(java.util.Locale.ENGLISH)).containsExactly(
                "knowledge/colours.csv: warning: unknown knowledge table, ignored (known tables: reaches.csv)",
                "knowledge/reaches.csv:2:1: error: family = 'unobtainium': this resource is not in the taxonomy",
                "knowledge/reaches.csv:2:2: error: mode = 'boat': unknown transport mode (use one of: pipe, truck, "
                        + "ship, local)",
                "knowledge/reaches.csv:2:3: error: max_km = '-2': must be greater than 0",
                "knowledge/reaches.csv:4: error: key = 'sawdust truck': this row's key is already given on line 3");
        assertThat(problems.sorted()).extracting(Problem::isError).contains(true);
    }

    @Test
    void numbersReadByTheDecimalMarkOfTheirWholeColumn() {
        Problems problems = new Problems();
        List<ReachRow> rows = reaches(List.of(), List.of(new SourceFile("knowledge/reaches.csv",
                "family;mode;max_km;source\nwood-waste;truck;1.250;x\nsawdust;truck;12,5;y\n")), problems);
        assertThat(problems.isEmpty()).as("%s", problems.sorted()).isTrue();
        assertThat(row(rows, "wood-waste", "truck").maxKm()).as("a thousands dot among decimal commas")
                .isEqualTo(1250);
        assertThat(row(rows, "sawdust", "truck").maxKm()).isEqualTo(12.5);
    }
}
