package org.migrationmptf.fund.audit.api;

import java.util.Objects;

/**
 * A report just generated, to enter in the register: which report, its parameters as one canonical
 * text ({@code asOf=2025-12-31;lang=fr}), the format, its standing, its bytes and the audit chain head
 * it printed.
 */
public record ReportGeneration(
        String report,
        String parameters,
        String format,
        ReportStanding standing,
        byte[] content,
        String sha256,
        String chainHead,
        String generatedBy) {

    public ReportGeneration {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(chainHead, "chainHead");
        Objects.requireNonNull(generatedBy, "generatedBy");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
