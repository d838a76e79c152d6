package org.eit.io.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eit.core.api.SourceFile;
import org.eit.core.model.Direction;
import org.eit.core.model.Flow;
import org.eit.core.problem.Problems;
import org.eit.core.internal.table.CsvTable;
import org.eit.core.resource.ResourceKind;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.IoMessages;
import org.eit.io.workspace.Workspace;

/**
 * The standard questions of the interview guide per resource family ({@value #FILE}): each row names a family (a
 * resource id, for it and its members, a resource kind, or {@code any}), the direction it applies to ({@code offer},
 * {@code demand} or {@code any}) and the question in French and English. A workspace's {@code knowledge/} folder may
 * hold its own table, which replaces the shipped one.
 */
public final class SurveyQuestions {
    public static final String FILE = "survey-questions.csv";

    /** One question. {@code direction} is null for both directions. */
    public record Question(String family, Direction direction, String fr, String en) {
        public String in(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? fr : en;
        }
    }

    private final List<Question> questions;
    private final ResourceTaxonomy taxonomy;

    private SurveyQuestions(List<Question> questions, ResourceTaxonomy taxonomy) {
        this.questions = List.copyOf(questions);
        this.taxonomy = taxonomy;
    }

    /** The workspace's table when it has one, else the shipped one; problems of the workspace's go to problems. */
    public static SurveyQuestions of(Workspace workspace, Problems problems) {
        for (SourceFile file : workspace.knowledge()) {
            if (file.baseName().equals(FILE)) {
                return parse(file.name(), file.content(), workspace.taxonomy(), problems);
            }
        }
        return shipped(workspace.taxonomy());
    }

    /** The shipped table. */
    public static SurveyQuestions shipped(ResourceTaxonomy taxonomy) {
        try (InputStream in = SurveyQuestions.class.getResourceAsStream(FILE)) {
            Problems problems = new Problems();
            SurveyQuestions table = parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8), taxonomy,
                    problems);
            if (problems.hasErrors()) {
                throw new IllegalStateException("the shipped " + FILE + " is invalid: " + problems.sorted());
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SurveyQuestions parse(String name, String text, ResourceTaxonomy taxonomy, Problems problems) {
        CsvTable table = CsvTable.parse(name, text, problems, CsvTable.UNLIMITED);
        List<Question> questions = new ArrayList<>();
        if (!table.requireColumns(List.of("family", "direction", "fr", "en"), problems)) {
            return new SurveyQuestions(questions, taxonomy);
        }
        for (CsvTable.Row row : table.rows()) {
            String family = row.getOrEmpty("family").trim();
            if (!family.equals("any") && ResourceKind.parse(family).isEmpty() && !taxonomy.contains(family)) {
                problems.error(IoMessages.MESSAGES, "survey.unknown-family", row.at("family"), "family", family);
                continue;
            }
            String direction = row.getOrEmpty("direction").trim();
            Direction parsed = null;
            if (!direction.equals("any")) {
                parsed = org.eit.core.model.Vocabulary.parse(Direction.class, direction).orElse(null);
                if (parsed == null) {
                    problems.error(IoMessages.MESSAGES, "survey.bad-direction", row.at("direction"), "direction",
                            direction);
                    continue;
                }
            }
            String fr = row.getOrEmpty("fr").trim();
            String en = row.getOrEmpty("en").trim();
            if (fr.isEmpty() || en.isEmpty()) {
                problems.error(IoMessages.MESSAGES, "survey.no-question", fr.isEmpty() ? row.at("fr") : row.at("en"),
                        fr.isEmpty() ? "fr" : "en", "");
                continue;
            }
            questions.add(new Question(family, parsed, fr, en));
        }
        return new SurveyQuestions(questions, taxonomy);
    }

    /** The questions that apply to {@code flow}, in the table's order. */
    public List<Question> forFlow(Flow flow) {
        List<Question> found = new ArrayList<>();
        for (Question q : questions) {
            if (q.direction() != null && q.direction() != flow.direction()) {
                continue;
            }
            if (q.family().equals("any") || fits(q.family(), flow.resourceId())) {
                found.add(q);
            }
        }
        return found;
    }

    private boolean fits(String family, String resource) {
        if (!taxonomy.contains(resource)) {
            return false;
        }
        if (taxonomy.contains(family) && taxonomy.isA(resource, family)) {
            return true;
        }
        return ResourceKind.parse(family).map(k -> taxonomy.get(resource).kind() == k).orElse(false);
    }

    /** Every question, for tests and the documentation. */
    public List<Question> all() {
        return questions;
    }
}
