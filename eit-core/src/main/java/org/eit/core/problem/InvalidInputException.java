package org.eit.core.problem;

import java.util.List;
import java.util.Locale;

/** Input that cannot be used, with every problem found in it (errors and the warnings found alongside). */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        long errors = problems.stream().filter(Problem::isError).count();
        out.append(errors).append(errors == 1 ? " error" : " errors");
        for (Problem problem : problems) {
            out.append(System.lineSeparator()).append(problem.format(Locale.ENGLISH));
        }
        return out.toString();
    }
}
