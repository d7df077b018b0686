package org.migrationmptf.fund.audit.api;

import java.time.Instant;

/** One event of the audit trail as auditors read it, with its place in the hash chain. */
public record AuditEventView(
        long seq,
        Instant occurredAt,
        String actor,
        String roles,
        String action,
        String outcome,
        String subjectType,
        String subjectId,
        String detail,
        String before,
        String after,
        String previousHash,
        String hash) {}
