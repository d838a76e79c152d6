package org.eit.io.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eit.core.model.Flow;
import org.eit.core.problem.Problem;
import org.eit.core.problem.Problems;
import org.eit.core.resource.ResourceTaxonomy;
import org.junit.jupiter.api.Test;

/** The standard questions of the interview guide, per resource family and direction. */
class SurveyQuestionsTest {
    private static final ResourceTaxonomy TAXONOMY = ResourceTaxonomy.shipped();

    @Test
    void aFlowGetsTheQuestionsOfItsResourceItsKindAndAny() {
        SurveyQuestions shipped = SurveyQuestions.shipped(TAXONOMY);
        assertThat(shipped.all()).allSatisfy(q -> assertThat(q.fr()).isNotBlank().isNotEqualTo(q.en()));
        List<String> bark = shipped.forFlow(Flow.offer("F1", "A1", "bark").build()).stream()
                .map(SurveyQuestions.Question::en).toList();
        assertThat(bark).contains("Is the wood treated (painted, varnished, impregnated) or untreated? What moisture?",
                "Where does it go today (contractor, route, outlet) and what does it cost you per tonne?",
                "Who is the contact person for this flow, and would you discuss it in a collective meeting?");
        assertThat(bark).doesNotContain("How much do you buy a year, at what price, and from whom?");
        List<String> heat = shipped.forFlow(Flow.demand("F2", "A1", "heat").build()).stream()
                .map(SurveyQuestions.Question::en).toList();
        assertThat(heat).anyMatch(q -> q.contains("minimum temperature")).noneMatch(q -> q.contains("wood"));
    }

    @Test
    void aWorkspaceTableIsCheckedWithLineAndColumn() {
        Problems problems = new Problems();
        SurveyQuestions table = SurveyQuestions.parse("knowledge/survey-questions.csv",
                "family;direction;fr;en\nbark;offer;Humide ?;Wet?\nbarks;offer;Humide ?;Wet?\nbark;sideways;a;b\n"
                        + "bark;any;;Wet?\n", TAXONOMY, problems);
        assertThat(table.all()).hasSize(1);
        assertThat(problems.sorted()).extracting(p -> p.format(java.util.Locale.ENGLISH))
                .anySatisfy(p -> assertThat(p).startsWith("knowledge/survey-questions.csv:3:1:").contains("barks"))
                .anySatisfy(p -> assertThat(p).startsWith("knowledge/survey-questions.csv:4:2:").contains("sideways"))
                .anySatisfy(p -> assertThat(p).startsWith("knowledge/survey-questions.csv:5:3:"));
    }
}
