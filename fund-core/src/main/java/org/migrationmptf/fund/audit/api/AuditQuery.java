package org.migrationmptf.fund.audit.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which audit events an auditor asks for: by user (actor), action, subject type and id, and the days
 * they happened on (both ends included, in UTC). Every part is optional; none given is every event.
 */
public record AuditQuery(
        Optional<String> actor,
        Optional<String> action,
        Optional<String> subjectType,
        Optional<String> subjectId,
        Optional<LocalDate> from,
        Optional<LocalDate> to) {

    public static final AuditQuery ALL = new AuditQuery(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AuditQuery {
        actor = blankless(actor);
        action = blankless(action);
        subjectType = blankless(subjectType);
        subjectId = blankless(subjectId);
    }

    /**
     * The events of the days {@code from} to {@code to}, both included.
     *
     * @throws org.migrationmptf.fund.shared.InvalidInput if the period ends before it starts
     */
    public static AuditQuery between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new org.migrationmptf.fund.shared.InvalidInput(
                    "the request's from is not valid",
                    java.util.List.of(
                            new org.migrationmptf.fund.shared.InvalidInput.Issue("from", "must be on or before to")));
        }
        return new AuditQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(from),
                Optional.of(to));
    }

    /** The events about one subject. */
    public static AuditQuery about(Optional<String> subjectType, Optional<String> subjectId) {
        return new AuditQuery(
                Optional.empty(), Optional.empty(), subjectType, subjectId, Optional.empty(), Optional.empty());
    }

    private static Optional<String> blankless(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }
}
