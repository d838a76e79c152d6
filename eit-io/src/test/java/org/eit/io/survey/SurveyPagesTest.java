package org.eit.io.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eit.core.problem.Problems;
import org.eit.io.estimate.WorkspaceEstimation;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interview guide to print: one self-contained HTML page per actor, escaped, a block per flow, and an index. */
class SurveyPagesTest {
    /** What would make a browser fetch something (a profile's source may name a web address, as text). */
    private static final Pattern REMOTE = Pattern.compile("href=\"https?:|@import|url\\(|\\bsrc\\s*=|<link\\b|<script\\b",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;

    private Map<String, byte[]> guide(Locale locale) throws IOException {
        Path ws = dir.resolve("ws-" + locale.getLanguage());
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("territory.yaml"), "name: Val <Nord> & Sud\nlanguage: "
                + locale.getLanguage() + "\n");
        Files.writeString(ws.resolve("actors.csv"), """
                id,name,kind,activity,employees,latitude,longitude,zone
                B,Brasserie <Dupont> & Fils,company,11.05Z,12,46.50,3.20,Parc
                M,Méthaniseur,farm,35.21Z,3,46.52,3.22,
                """);
        Files.writeString(ws.resolve("flows.csv"), """
                id,actor,direction,resource,description,quantity,unit,source
                F1,B,offer,spent-grain,Drêches <humides>,400,t,declared
                """);
        Workspace workspace = new WorkspaceReader().estimating().read(ws);
        assertThat(workspace.isValid()).as(workspace.problems().toString()).isTrue();
        WorkspaceEstimation estimation = WorkspaceEstimation.of(workspace);
        return Survey.render(workspace.territory(), estimation, workspace.taxonomy(),
                SurveyQuestions.of(workspace, new Problems()), locale);
    }

    private static String text(Map<String, byte[]> files, String name) {
        assertThat(files).containsKey(name);
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void eachActorHasAPageToPrintWithABlockPerFlowToConfirm() throws IOException {
        Map<String, byte[]> files = guide(Locale.FRENCH);
        assertThat(files.keySet()).containsExactly("B.csv", "B.md", "B.html", "M.csv", "M.md", "M.html",
                Survey.INDEX);
        String page = text(files, "B.html");
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">", "@page { size: A4;",
                "break-inside: avoid", "<h1>Référentiel d&#39;entretien : Brasserie &lt;Dupont&gt; &amp; Fils</h1>",
                "Territoire : Val &lt;Nord&gt; &amp; Sud.", "<blockquote>Drêches &lt;humides&gt;</blockquote>",
                "quantité déclarée : 400 t", "confirmé tel quel", "Autres flux appris en entretien")
                .doesNotContain("<Dupont>", "<humides>", "<Nord>");
        assertThat(REMOTE.matcher(page).find()).as("nothing loaded from elsewhere").isFalse();
        // One block per flow the guide asks about: each estimated flow of the spreadsheet, then the declared one.
        String csv = text(files, "B.csv");
        long estimated = csv.lines().filter(l -> l.contains(";estimé;")).count();
        assertThat(estimated).isPositive();
        String section = page.substring(page.indexOf("<section class=\"estimated\">"),
                page.indexOf("<section class=\"declared\">"));
        assertThat(count(section, "<div class=\"flow\" id=\"flow-")).isEqualTo(estimated);
        for (String line : csv.lines().filter(l -> l.contains(";estimé;")).toList()) {
            String id = line.substring(line.startsWith("\uFEFF") ? 1 : 0, line.indexOf(';'));
            assertThat(section).contains("id=\"flow-" + id + "\"");
        }
        assertThat(section).contains("<ol class=\"questions\">", "<div class=\"lines\">");
        assertThat(count(page.substring(page.indexOf("<section class=\"declared\">")),
                "<div class=\"flow\" id=\"flow-")).isEqualTo(1);
        assertThat(text(files, "B.md")).startsWith("# Référentiel d'entretien : Brasserie");
        assertThat(guide(Locale.FRENCH)).as("deterministic").containsAllEntriesOf(files);
    }

    @Test
    void theIndexListsEveryActorsGuideInTheTerritorysLanguage() throws IOException {
        String index = text(guide(Locale.ENGLISH), Survey.INDEX);
        assertThat(index).contains("<html lang=\"en\">", "<h1>Interview guide: Val &lt;Nord&gt; &amp; Sud</h1>",
                "2 actors", "<a href=\"B.html\">Brasserie &lt;Dupont&gt; &amp; Fils</a>", "<a href=\"M.csv\">")
                .doesNotContain("<Dupont>");
        assertThat(text(guide(Locale.ENGLISH), "M.html")).contains("Interview guide: Méthaniseur",
                "confirmed as is", "Other flows learnt in the interview").doesNotContainPattern("html\\.[a-z-]+");
    }

    private static long count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
