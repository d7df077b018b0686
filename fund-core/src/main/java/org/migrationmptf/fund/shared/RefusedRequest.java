package org.migrationmptf.fund.shared;

/**
 * A request the fund refused for a reason it names: a broken rule ({@link DomainRuleViolation}), a
 * state that moved on ({@link ConflictingState}) or a stale version ({@link StaleVersion}). The rule
 * is the problem type of the API's answer and the detail of the refusal on the audit trail.
 */
public interface RefusedRequest {

    /** A stable, kebab-case name of the reason, e.g. {@code maker-checker}. */
    String rule();

    /** What was refused and why, for a person. */
    String getMessage();
}
