package org.migrationmptf.fund.shared;

import java.util.List;

/**
 * Input that cannot be accepted as given (a CSV upload with bad lines, a parameter out of range),
 * with one issue per field or line. The API answers 400 with the issues as {@code errors[]}; nothing
 * of the input was kept.
 */
public class InvalidInput extends RuntimeException {

    /** What is wrong where: a field name or a line such as {@code line 4}. */
    public record Issue(String field, String message) {}

    private final List<Issue> issues;

    public InvalidInput(String message, List<Issue> issues) {
        super(message);
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
