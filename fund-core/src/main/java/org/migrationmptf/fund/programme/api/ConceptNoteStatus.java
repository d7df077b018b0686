package org.migrationmptf.fund.programme.api;

import java.util.EnumSet;
import java.util.Set;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * Where a concept note is: SUBMITTED by a UN country team or region, SCREENED by the Fund Management
 * Unit, SHORTLISTED by the Steering Committee (a joint programme may then be registered from it), or
 * REJECTED with a reason at either step.
 */
public enum ConceptNoteStatus {
    SUBMITTED,
    SCREENED,
    SHORTLISTED,
    REJECTED;

    public Set<ConceptNoteStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(SCREENED, REJECTED);
            case SCREENED -> EnumSet.of(SHORTLISTED, REJECTED);
            case SHORTLISTED, REJECTED -> EnumSet.noneOf(ConceptNoteStatus.class);
        };
    }

    /** The target, if this status may move to it; else a 422 naming both. */
    public ConceptNoteStatus moveTo(ConceptNoteStatus target) {
        if (!next().contains(target)) {
            throw new DomainRuleViolation(
                    "illegal-status-change",
                    "a concept note that is " + this + " cannot become " + target + " (it may become "
                            + (next().isEmpty() ? "nothing else" : next()) + ")");
        }
        return target;
    }
}
