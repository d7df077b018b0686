package org.migrationmptf.fund.shared;

/**
 * A request that is well formed but breaks a rule of the fund (a deposit above the commitment, a
 * wrong current password, maker approving own work). The API answers 422 with {@link #rule()} as the
 * problem type. Nothing was changed.
 */
public class DomainRuleViolation extends RuntimeException implements RefusedRequest {

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, kebab-case name of the rule, e.g. {@code wrong-current-password}. */
    @Override
    public String rule() {
        return rule;
    }
}
