package org.migrationmptf.fund.programme.api;

import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Where the Fund Management Unit records the Steering Committee's decisions. */
public interface DecisionDesk {

    /**
     * Records a decision.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code duplicate-decision} when the
     *     number is taken, {@code decision-in-future} when it is dated after today
     */
    DecisionView record(NewDecision decision, AuthenticatedUser by);
}
