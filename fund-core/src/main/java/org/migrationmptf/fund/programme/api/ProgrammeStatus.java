package org.migrationmptf.fund.programme.api;

import java.util.EnumSet;
import java.util.Set;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * Where a joint programme is in its life: PIPELINE -> APPROVED -> ACTIVE -> OPERATIONALLY_CLOSED ->
 * FINANCIALLY_CLOSED, with SUSPENDED beside APPROVED and ACTIVE. A programme moves only along these
 * arrows (invariant 10); financial closure has its own conditions ({@code FinancialClosure}).
 */
public enum ProgrammeStatus {
    PIPELINE,
    APPROVED,
    ACTIVE,
    SUSPENDED,
    OPERATIONALLY_CLOSED,
    FINANCIALLY_CLOSED;

    /** The statuses this one may move to. */
    public Set<ProgrammeStatus> next() {
        return switch (this) {
            case PIPELINE -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.of(ACTIVE, SUSPENDED);
            case ACTIVE -> EnumSet.of(SUSPENDED, OPERATIONALLY_CLOSED);
            case SUSPENDED -> EnumSet.of(ACTIVE, OPERATIONALLY_CLOSED);
            case OPERATIONALLY_CLOSED -> EnumSet.of(FINANCIALLY_CLOSED);
            case FINANCIALLY_CLOSED -> EnumSet.noneOf(ProgrammeStatus.class);
        };
    }

    public boolean mayMoveTo(ProgrammeStatus target) {
        return next().contains(target);
    }

    /** The target, if this status may move to it; else a 422 naming both. */
    public ProgrammeStatus moveTo(ProgrammeStatus target) {
        if (!mayMoveTo(target)) {
            throw new DomainRuleViolation(
                    "illegal-status-change",
                    "a programme that is " + this + " cannot become " + target + " (it may become "
                            + (next().isEmpty() ? "nothing else" : next()) + ")");
        }
        return target;
    }
}
