package org.eit.core.api;

import java.util.List;
import org.eit.core.problem.InvalidInputException;
import org.eit.core.problem.Problem;

/**
 * A rule file that does not compile, or a rule that does not stop: the problems name the file, line and rule.
 */
public class RuleException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public RuleException(List<Problem> problems) {
        super(problems);
    }
}
