package org.migrationmptf.fund.approval.api;

import java.time.Instant;

/**
 * An approval as the maker, the checker and the auditor see it: what is to be done to which subject,
 * the subject's version when it was prepared, a one-line summary and the prepared payload (a small
 * JSON object), who prepared it and when, and the decision once there is one. {@code version} is
 * its ETag: a checker approves the approval it read, or gets 412.
 */
public record ApprovalView(
        long id,
        FourEyesAction action,
        String subjectType,
        String subjectId,
        long subjectVersion,
        String summary,
        String payload,
        ApprovalStatus status,
        String preparedBy,
        Instant preparedAt,
        String decidedBy,
        Instant decidedAt,
        String reason,
        long version) {}
