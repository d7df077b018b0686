package org.migrationmptf.fund.audit.api;

import java.time.Instant;

/** A line of the report register: what was generated, when, by whom, and its SHA-256. */
public record RegisteredReport(
        long id,
        String report,
        String parameters,
        String format,
        ReportStanding standing,
        String sha256,
        int bytes,
        String chainHead,
        String generatedBy,
        Instant generatedAt) {}
